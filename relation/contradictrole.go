package relation

import "github.com/factgraph/factgraph/doc"

// outsideRoles open the role nouns of those who deal with an organization
// from outside it: the attackers of a company, a developer taking a bank's
// loan, its investors, depositors, borrowers and clients.
var outsideRoles = []string{"хакер", "девелопер", "застройщик", "инвестор", "вкладчик", "заемщик", "заёмщик", "клиент"}

// outsideRole reports whether the role mention h opens with one of
// outsideRoles: such a role names no employee, so no WORKPLACE goes from it
// («Хакеры атаковали серверы „Ростелекома“», «девелопер получил кредит
// Сбербанка»). NEREL v1.1 train: of 19 PROFESSION mentions opening so
// (хакер 16, инвестор 3), none has a WORKPLACE in gold.
func outsideRole(h doc.Mention) bool {
	return h.Type == "PROFESSION" && hasPrefix(h.Text, outsideRoles)
}
