package event

import "testing"

// dealCases are the cases of the deal rules (deal.go; twentieth session,
// helper ev20b), as twentiethCases.
var dealCases = []ruleCase{
	{name: "a company bought is an acquisition",
		text: "Компания «Магнит» купила сеть магазинов «Дикси».",
		ents: []ent{{"Магнит", "ORGANIZATION", ""}, {"Дикси", "ORGANIZATION", ""}},
		want: "ACQUISITION(купила) date= place= [agent=Магнит, object=Дикси]"},
	{name: "a stake in a company bought is one",
		text: "«Северсталь» приобрела контрольный пакет акций предприятия «Карельский окатыш».",
		ents: []ent{{"Северсталь", "ORGANIZATION", ""}, {"Карельский окатыш", "ORGANIZATION", ""}},
		want: "ACQUISITION(приобрела) date= place= [agent=Северсталь, object=Карельский окатыш]"},
	{name: "so is a share of it sold",
		text: "Банк ВТБ продал 30% акций «Азота» компании «Еврохим».",
		ents: []ent{{"ВТБ", "ORGANIZATION", ""}, {"Азота", "ORGANIZATION", ""}, {"Еврохим", "ORGANIZATION", ""}},
		want: "ACQUISITION(продал) date= place= [agent=ВТБ, object=Азота, participant=Еврохим]"}, // before: object=Еврохим (soldTo, ev21)
	{name: "the dative right after «продал» is the buyer",
		text: "Банк ВТБ продал компании «Еврохим» 30% акций «Азота».",
		ents: []ent{{"ВТБ", "ORGANIZATION", ""}, {"Еврохим", "ORGANIZATION", ""}, {"Азота", "ORGANIZATION", ""}},
		want: "ACQUISITION(продал) date= place= [agent=ВТБ, participant=Еврохим, object=Азота]"},
	{name: "a name in the dative is the buyer",
		text: "Группа «Сумма» продала Сбербанку контрольный пакет акций компании «Азот».",
		ents: []ent{{"Сумма", "ORGANIZATION", ""}, {"Сбербанку", "ORGANIZATION", ""}, {"Азот", "ORGANIZATION", ""}},
		want: "ACQUISITION(продала) date= place= [agent=Сумма, participant=Сбербанку, object=Азот]"},
	{name: "(guard) the company after a stake noun is the company sold",
		text: "Банк ВТБ продал акции компании «Азот».",
		ents: []ent{{"ВТБ", "ORGANIZATION", ""}, {"Азот", "ORGANIZATION", ""}},
		want: "ACQUISITION(продал) date= place= [agent=ВТБ, object=Азот]"},
	{name: "(guard) two companies sold are both sold",
		text: "Холдинг «Интеррос» продал «Азот» и «Акрон».",
		ents: []ent{{"Интеррос", "ORGANIZATION", ""}, {"Азот", "ORGANIZATION", ""}, {"Акрон", "ORGANIZATION", ""}},
		want: "ACQUISITION(продал) date= place= [agent=Интеррос, object=Азот, object=Акрон]"},
	{name: "a thing bought is no acquisition",
		text: "Иван Петров купил детали для бомбы.",
		ents: []ent{{"Иван Петров", "PERSON", ""}},
		want: ""},
	{name: "nor is a thing sold to a company",
		text: "Основатели продали сайт издательскому дому «Коммерсант».",
		ents: []ent{{"Коммерсант", "ORGANIZATION", ""}},
		want: ""},
	{name: "nor an intention to buy",
		text: "«Магнит» намерен купить сеть магазинов «Дикси».",
		ents: []ent{{"Магнит", "ORGANIZATION", ""}, {"Дикси", "ORGANIZATION", ""}},
		want: ""},
	{name: "an EVENT mention of a deal verb is typed an acquisition",
		text: "В 2009 году Roche Holding купил Genentech.",
		ents: []ent{{"Roche Holding", "ORGANIZATION", ""}, {"купил", "EVENT", ""}, {"Genentech", "ORGANIZATION", ""}},
		want: "ACQUISITION(купил) date= place= [participant=Genentech]"}, // before: OTHER(купил) [participant=Genentech]
	{name: "a thing told sold stays untyped",
		text: "Рукопись Анны Франк продана за 140 тысяч евро.",
		ents: []ent{{"Анны Франк", "PERSON", ""}, {"продана", "EVENT", ""}},
		want: "OTHER(продана) date= place= []"},
}

func TestDealRules(t *testing.T) { runRuleCases(t, dealCases) }
