"""Demo data: the people who write in, drawn from Faker pools (services/demo.py plays them).

Names, streets and e-mail domains are drawn once per locale, then sampled with the demo's
own random generator, so the same seed gives the same people.
"""

from __future__ import annotations

import random
import unicodedata

Subject = tuple[str, str | None, str | None, str | None, str | None, str]  # name .. country

_FLEMISH = (  # postcode city*weight: West Flanders (Roeselare's customers) weighs most
    "8800 Roeselare*9;8800 Rumbeke*3;8830 Hooglede*3;8840 Staden*2;8850 Ardooie*2;8860 Lendelede*2;"
    "8870 Izegem*4;8880 Ledegem*2;8890 Moorslede*2;8500 Kortrijk*5;8530 Harelbeke*3;"
    "8560 Wevelgem*2;8790 Waregem*3;8700 Tielt*3;8760 Meulebeke*2;8770 Ingelmunster*2;"
    "8820 Torhout*3;8900 Ieper*3;8930 Menen*3;8970 Poperinge*2;8000 Brugge*4;8400 Oostende*3;"
    "8300 Knokke-Heist*2;8600 Diksmuide*2;8620 Nieuwpoort;8670 Koksijde;9000 Gent*4;"
    "9050 Gentbrugge;9100 Sint-Niklaas*2;9200 Dendermonde;9300 Aalst*2;9400 Ninove;"
    "9500 Geraardsbergen;9600 Ronse;9700 Oudenaarde*2;9800 Deinze*2;9900 Eeklo;"
    "2000 Antwerpen*3;2018 Antwerpen;2100 Deurne;2600 Berchem;2800 Mechelen*2;2300 Turnhout;"
    "2400 Mol;2500 Lier;3000 Leuven*2;3001 Heverlee;3200 Aarschot;3300 Tienen;1500 Halle;"
    "1800 Vilvoorde;1700 Dilbeek;3500 Hasselt*2;3600 Genk;3800 Sint-Truiden;1000 Brussel;1090 Jette"
)
_WALLOON = (
    "1000 Bruxelles*3;1050 Ixelles*2;1060 Saint-Gilles;1070 Anderlecht;1180 Uccle;"
    "1200 Woluwe-Saint-Lambert;1300 Wavre;1348 Louvain-la-Neuve;1400 Nivelles;1410 Waterloo;"
    "4000 Liège*3;4100 Seraing;4500 Huy;4800 Verviers;5000 Namur*2;5100 Jambes;5500 Dinant;"
    "6000 Charleroi*2;6700 Arlon;6800 Libramont-Chevigny;6900 Marche-en-Famenne;7000 Mons*2;"
    "7100 La Louvière;7500 Tournai*3;7700 Mouscron*4;7780 Comines-Warneton*2;7800 Ath"
)
_NL_STREETS = (
    "Kerkstraat;Stationsstraat;Dorpsstraat;Molenstraat;Nieuwstraat;Schoolstraat;Kapelstraat;"
    "Beekstraat;Veldstraat;Hoogstraat;Meensesteenweg;Kortrijksestraat;Brugsesteenweg;"
    "Groenestraat;Lindenlaan;Sint-Jansstraat;Ooststraat;Noordstraat;Westlaan;Kachtemsestraat"
)
_FR_STREETS = (
    "Rue de la Station;Rue de l'Église;Chaussée de Bruxelles;Rue du Moulin;Avenue des Tilleuls;"
    "Rue Haute;Place communale;Rue de la Gare;Rue du Centre;Avenue Albert Ier;Rue Saint-Martin;"
    "Chaussée de Mons;Rue des Écoles;Rue de Namur;Avenue de la Libération"
)
_DOMAINS = {
    "BE": "telenet.be*5;skynet.be*2;proximus.be*2;gmail.com*6;hotmail.com*3;outlook.com*2;"
    "hotmail.be*2;live.be;icloud.com;scarlet.be;yahoo.fr",
    "NL": "ziggo.nl;kpnmail.nl;gmail.com*2;hotmail.nl",
    "FR": "orange.fr;free.fr;laposte.net;gmail.com*2",
    "DE": "web.de;gmx.de;t-online.de;gmail.com*2",
    "GB": "btinternet.com;gmail.com*2;outlook.com",
}
# (faker locale, share, country, language) of the people who write in
_FOREIGN = (
    ("nl_NL", 15, "NL", "nl"),
    ("fr_FR", 15, "FR", "fr"),
    ("de_DE", 10, "DE", "de"),
    ("en_GB", 10, "GB", "en"),
)
_ORIGINS = ("pl_PL", "tr_TR", "it_IT", "ro_RO", "vi_VN", "el_GR", "es_ES")  # Belgians too


def weighted(spec: str | dict[str, int]) -> tuple[list[str], list[int]]:
    """Names and weights for random.choices: from a dict, or "name*weight;name" (weight 1)."""
    if isinstance(spec, dict):
        return list(spec), list(spec.values())
    parts = [p.split("*") for p in spec.split(";")]
    return [p[0] for p in parts], [int(p[1]) if len(p) > 1 else 1 for p in parts]


class People:
    """Pools of names and addresses drawn from Faker once, then sampled (Faker is slow)."""

    def __init__(self, rng: random.Random, seed: int, size: int) -> None:
        from faker import Faker

        self.rng = rng
        self.pool: dict[str, dict[str, list[str]]] = {}
        for i, loc in enumerate(("nl_BE", "fr_BE", *(f[0] for f in _FOREIGN), *_ORIGINS)):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            k = size if loc in ("nl_BE", "fr_BE") else max(20, size // 10)
            p = {
                "first": [fk.first_name() for _ in range(k)],
                "last": [fk.last_name() for _ in range(k)],
            }
            if loc == "nl_BE":
                made = (fk.street_name() for _ in range(k))  # Faker's "Liesbethboulevard" is rare
                p["street"] = [x for x in made if x.endswith(("straat", "laan", "weg", "dreef"))]
                p["street"] += weighted(_NL_STREETS)[0] * 3
            elif loc == "fr_BE":
                p["street"] = weighted(_FR_STREETS)[0] + [f"Rue {x}" for x in p["last"][: k // 4]]
            elif loc in {f[0] for f in _FOREIGN}:
                p["addr"] = [f"{fk.street_address()}|{fk.postcode()}|{fk.city()}" for _ in range(k)]
            self.pool[loc] = p
        self.places = {"nl": weighted(_FLEMISH), "fr": weighted(_WALLOON)}
        self.domains = {c: weighted(s) for c, s in _DOMAINS.items()}

    def person(self, want_email: bool, want_address: bool) -> tuple[Subject, str]:
        r = self.rng
        roll = r.random()
        if roll < 0.05:
            loc, _, country, lang = r.choices(_FOREIGN, [f[1] for f in _FOREIGN])[0]
        else:
            lang = "nl" if roll < 0.80 else "fr"
            loc, country = ("nl_BE" if lang == "nl" else "fr_BE"), "BE"
        names = self.pool[r.choice(_ORIGINS) if country == "BE" and r.random() < 0.04 else loc]
        first, last = r.choice(names["first"]), r.choice(names["last"])
        name = f"{first} {last}"
        if country == "BE" and lang == "nl" and r.random() < 0.02:
            lang = "en"  # expats write in English
        email = self._email(first, last, country) if want_email else None
        street = postcode = city = None
        if want_address and country == "BE":
            street = f"{r.choice(self.pool[loc]['street'])} {r.randint(1, 220)}"
            if r.random() < 0.08:
                street += f" {'bus' if loc == 'nl_BE' else 'bte'} {r.randint(1, 12)}"
            places = self.places["nl" if loc == "nl_BE" else "fr"]
            postcode, city = r.choices(*places)[0].split(" ", 1)
        elif want_address:
            street, postcode, city = r.choice(self.pool[loc]["addr"]).split("|")
            if country == "NL":
                postcode = f"{postcode[:4]} {postcode[-2:]}"
        return (name, email, street, postcode, city, country), lang

    def _email(self, first: str, last: str, country: str) -> str:
        r = self.rng
        f, la = _ascii(first), _ascii(last)
        domain = r.choices(*self.domains[country])[0]
        if not f or not la:
            return f"contact{r.randint(100, 99999)}@{domain}"
        local = r.choice(
            (
                f"{f}.{la}",
                f"{f[0]}.{la}",
                f"{f}{la}",
                f"{f}.{la}{r.randint(1, 99)}",
                f"{la}.{f}",
                f"{f}{r.randint(1950, 2005)}",
            )
        )
        return f"{local}@{domain}"


_FOLD = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "đ": "d"})


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(ch for ch in folded if "a" <= ch <= "z")[:30]
