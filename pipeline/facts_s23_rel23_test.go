package pipeline

import "testing"

// TestNewsS23rel23 pins the relations of helper rel23's news texts of the
// twenty-third session (docs/relation.md).
func TestNewsS23rel23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-rel23-defense.txt", "2026-03-14",
			[]string{"PRODUCT Бук-М3", "ORGANIZATION Алмаз-Антей", "PRODUCT Орион", "ORGANIZATION Кронштадт"},
			[]string{
				"Алмаз-Антей PRODUCES Бук-М3",                       // «комплексов „Бук-М3“, разработанных концерном воздушно-космической обороны „Алмаз-Антей“» (madeByClause; was none)
				"Кронштадт PRODUCES Орион",                          // «беспилотник „Орион“, созданный компанией „Кронштадт“» (madeByClause; was none)
				"Ян Новиков WORKPLACE Алмаз-Антей",                  // «Генеральный директор концерна» after «концерном … „Алмаз-Антей“» past the dateline (kindPastComplement, farEmployer; was none)
				"Ян Новиков WORKS_AS генеральный директор концерна", // guard
			},
			[]string{
				"Алмаз-Антей PRODUCES Орион", // guard: each clause its own maker
				"Кронштадт PRODUCES Бук-М3",
			}},
		{"news-s23-rel23-oil.txt", "2026-06-06",
			nil,
			[]string{
				"Сафмар OWNER_OF Антипинский НПЗ",  // «Антипинский НПЗ, крупнейший независимый нефтеперерабатывающий завод …, принадлежит группе „Сафмар“» (kindApposition; was none)
				"Алексей Миллер WORKPLACE Газпром", // guard: «Глава „Газпрома“ Алексей Миллер и глава „Роснефти“ Игорь Сечин»
				"Игорь Сечин WORKPLACE Роснефть",
				"Наиль Маганов WORKS_AS глава «Татнефти»",
			},
			[]string{
				"Алексей Миллер WORKPLACE Роснефть", // guard: the next person's post
				"глава «Газпрома» ALTERNATIVE_NAME глава «Роснефти»",
				"глава «Лукойла» ALTERNATIVE_NAME глава «Татнефти»",
			}},
		{"news-space-2.txt", "2025-11-20",
			nil,
			[]string{
				"Ракетно-космическая корпорация «Энергия» PRODUCES Союз МС-27", // «Корабль изготовлен …» after «с пилотируемым кораблем „Союз МС-27“» three sentences before (productsOfKind; was none)
			},
			[]string{"Ракетно-космическая корпорация «Энергия» PRODUCES Союз-2.1а"}},
		{"news-s22-energy22-refinery.txt", "2025-09-25",
			nil,
			[]string{"Сафмар OWNER_OF Антипинский нефтеперерабатывающий завод"}, // lost in the twenty-second session (the refinery typed ORGANIZATION), back by kindApposition
			nil},
	})
}
