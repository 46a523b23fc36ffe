"""The words domain.intake looks for (issue 17): data, not sentences. Patterns are matched on
folded text (lower case, accents removed), so they are written without accents."""

from __future__ import annotations

from cluma_dpo.domain.model import Language, Right


# The most frequent short words of each language: counted to suggest the language.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS: dict[Language, frozenset[str]] = {
    Language.NL: _words(
        "de het een en ik mijn van wil graag gegevens met u uw niet dat is op voor te "
        "zijn om ook deze mij hebt heb bij aan naar"
    ),
    Language.FR: _words(
        "le la les de des et je mes mon ma vous pour une du est pas que qui au aux "
        "votre vos donnees avec sur ce cette mais"
    ),
    Language.EN: _words(
        "the and i my to of you your please is for with data this that me have it "
        "are on be from all any"
    ),
    Language.DE: _words(
        "der die das und ich meine mein meiner sie ihre nicht mit ist fur bitte daten "
        "zu von den dem ein eine auf auch uns"
    ),
}

# Per language and right: patterns over folded text (lower case, no accents). Each starts at
# a word boundary; a stem ("verwijder") takes every ending, a word that would match others
# ("object" in "objective") names its endings.
RIGHT_PATTERNS: dict[Language, dict[Right, tuple[str, ...]]] = {
    Language.NL: {
        Right.ACCESS: (r"inzage", r"kopie van (mijn|de) (persoons)?gegevens", r"welke gegevens"),
        Right.RECTIFICATION: (r"rechtzet", r"verbeter", r"corrigeer", r"corrigeren"),
        Right.ERASURE: (r"wissen\b", r"wis\b", r"verwijder", r"vergeten te worden", r"vergetel"),
        Right.RESTRICTION: (r"beperk",),
        Right.OBJECTION: (r"bezwaar",),
        Right.PORTABILITY: (r"overdraagbaar", r"overdragen"),
        Right.MARKETING_OPT_OUT: (
            r"uitschrijv",
            r"uit te schrijven",
            r"afmeld",
            r"af te melden",
            r"nieuwsbrief",
            r"reclame",
            r"direct ?marketing",
        ),
    },
    Language.FR: {
        Right.ACCESS: (r"acces\b", r"copie de (mes|toutes mes) donnees", r"droit d.acces"),
        Right.RECTIFICATION: (r"rectifi", r"corrig"),
        Right.ERASURE: (r"effac", r"supprim", r"suppression", r"droit a l.oubli", r"oubli\b"),
        Right.RESTRICTION: (r"limitation",),
        Right.OBJECTION: (r"oppos",),
        Right.PORTABILITY: (r"portabilit",),
        Right.MARKETING_OPT_OUT: (
            r"desinscri",
            r"desabonn",
            r"newsletter",
            r"lettre d.information",
            r"prospection",
            r"publicit",
        ),
    },
    Language.EN: {
        Right.ACCESS: (r"access\b", r"copy of (my|the|all my) (personal )?data", r"subject access"),
        Right.RECTIFICATION: (r"rectif", r"correct(ion|ed)?\b"),
        Right.ERASURE: (r"eras(e|ure)", r"delet(e|ion)", r"forgotten", r"remove my"),
        Right.RESTRICTION: (r"restrict",),
        Right.OBJECTION: (r"object(ion|ing)?\b",),
        Right.PORTABILITY: (r"portab",),
        Right.MARKETING_OPT_OUT: (
            r"unsubscrib",
            r"newsletter",
            r"marketing",
            r"opt(-| )?out",
        ),
    },
    Language.DE: {
        Right.ACCESS: (r"auskunft",),
        Right.RECTIFICATION: (r"berichtig",),
        Right.ERASURE: (r"losch", r"vergessen ?werden"),
        Right.RESTRICTION: (r"einschrank",),
        Right.OBJECTION: (r"widersp",),
        Right.PORTABILITY: (r"ubertragbar", r"datenubertrag"),
        Right.MARKETING_OPT_OUT: (r"abmeld", r"abbestell", r"newsletter", r"werbung"),
    },
}

# Deleting the customer account (the privacy statement's erasure within 30 days): a phrase
# naming both the account and its removal, in either order.
ACCOUNT_DELETION_PATTERNS: dict[Language, tuple[str, ...]] = {
    Language.NL: (
        r"(klanten)?account (te |laten )?(verwijder|opheff|afsluit|wissen)",
        r"(verwijder|opheff|afsluit|wissen)\w* (van )?(mijn |het )?(klanten)?account",
    ),
    Language.FR: (
        r"(suppr\w+|ferm\w+|clotur\w+) (de )?(mon|ce) compte",
        r"compte (client )?(supprime|ferme|cloture)",
    ),
    Language.EN: (
        r"(delet\w*|clos\w*|remov\w*|cancel\w*) (of )?(my|the) (customer |user )?account",
        r"account (deleted|deletion|closed|closure)",
    ),
    Language.DE: (
        r"(kunden)?konto (zu )?(losch|schliess|kundig)",
        r"(losch\w*|schliess\w*|kundig\w*) (sie )?(meines|mein|das) (kunden)?kontos?",
    ),
}
