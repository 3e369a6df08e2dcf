package ftm

import "testing"

func TestSchema(t *testing.T) {
	for _, c := range []struct{ typ, name, want string }{
		{"PERSON", "Дмитрий Шугаев", "Person"},
		{"ORGANIZATION", "Федеральная служба по военно-техническому сотрудничеству", "PublicBody"},
		{"ORGANIZATION", "Концерн ВКО «Алмаз-Антей»", "Company"},
		{"ORGANIZATION", "ООО «Ромашка»", "Company"},
		{"ORGANIZATION", "ZALA AERO GROUP", "Company"},
		{"ORGANIZATION", "МВД", "PublicBody"},
		{"ORGANIZATION", "Калашников", "Organization"},
		{"CITY", "Ижевск", "Address"},
		{"COUNTRY", "Россия", "Address"},
		{"EVENT", "заседание", "Event"},
		{"DATE", "октябрь 2024", ""},
		{"PROFESSION", "директор", ""},
	} {
		if got := Schema(c.typ, c.name); got != c.want {
			t.Errorf("Schema(%s, %q) = %q, want %q", c.typ, c.name, got, c.want)
		}
	}
	for name, code := range map[string]string{
		"Россия": "ru", "Российская Федерация": "ru", "Республика Беларусь": "by", "США": "us", "Украина": "ua",
		"Куба": "cu", "Кубок": "", "Атлантида": "",
	} {
		if got := CountryCode(name); got != code {
			t.Errorf("CountryCode(%q) = %q, want %q", name, got, code)
		}
	}
}
