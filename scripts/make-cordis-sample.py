#!/usr/bin/env python3
"""Writes a synthetic participation file shaped like CORDIS's organization.csv.

Everything in the output is invented (PICs, names, addresses, amounts); only the column
layout and the code lists (roles, activity types, country codes) follow the published files,
as recorded in Tests/CORDIS/HEADERS.md.

The file is ';'-separated UTF-8, quoted as RFC 4180 says (a field is quoted when it holds the
delimiter, a quote or a line break; quotes inside are doubled). It has what makes the real
files awkward to read:

* many projects (consortia), mostly of 3 to 20 partners, some of one or two (mono-beneficiary
  grants), a few large ones; exactly one coordinator row per project;
* all four roles (coordinator, participant, thirdParty, associatedPartner) and all five
  activity types (HES, REC, PRC, PUB, OTH);
* organisations reused across projects with a heavy tail (a few universities and research
  centres in dozens of projects, most organisations in one);
* the same PIC written under different names (case, abbreviation, transliteration), with one
  clearly most frequent name per PIC; a few names used by two different PICs;
* names holding ';' and '"'; Greek, Polish, German, Lithuanian ... names with diacritics;
* empty cells in optional columns; amounts with decimals;
* attributes constant per PIC (country, city, activityType, SME, address) and attributes
  that vary per participation (role, order, ecContribution, endOfParticipation);
* a few PICs listed twice in the same project (a participation that ended and was entered
  again), so memberships (distinct project-PIC pairs) are fewer than rows.

Usage:
    make-cordis-sample.py [--seed 1] [--rows 3000] [--programme h2020|fp7|horizon|fp7-legacy]
                          [-o organization.csv] [--xlsx organization.xlsx]

The output depends only on the arguments (the same seed gives the same bytes).
--programme picks the header: h2020, fp7 and horizon share the layout CORDIS publishes
today (they differ in project numbers, update dates, and horizon has more associated
partners); fp7-legacy is the older
cordis-fp7organizations.csv layout (projectReference, id, ...), which has only the
coordinator and participant roles here.
--xlsx also writes the same table as an Excel sheet, with PICs, project numbers and amounts
stored as numbers (as a spreadsheet export would have them); the CSV keeps them as text.
"""

import argparse
import csv
import io
import math
import random
import re
import sys
import unicodedata

HEADERS = {
    "current": [
        "projectID", "projectAcronym", "organisationID", "vatNumber", "name", "shortName", "SME",
        "activityType", "street", "postCode", "city", "country", "nutsCode", "geolocation",
        "organizationURL", "contactForm", "contentUpdateDate", "rcn", "order", "role",
        "ecContribution", "netEcContribution", "totalCost", "endOfParticipation", "active",
    ],
    "fp7-legacy": [
        "projectRcn", "projectReference", "projectAcronym", "role", "id", "name", "shortName",
        "activityType", "endOfParticipation", "ecContribution", "country", "street", "city",
        "postCode", "organizationUrl", "contactType", "contactTitle", "contactFirstNames",
        "contactLastNames", "contactFunction", "contactTelephoneNumber", "contactFaxNumber",
        "contactEmail",
    ],
}

# Columns written as numbers in the Excel twin.
NUMERIC_COLUMNS = {"projectID", "organisationID", "rcn", "order", "ecContribution",
                   "netEcContribution", "totalCost", "projectRcn", "projectReference", "id"}

# How readily an organisation of each kind joins another project: universities and research
# centres are the hubs of the real files, companies mostly take part once or twice.
DISCOUNT, CONCENTRATION = 0.6, 15.0
STICKINESS = {"HES": 1.0, "REC": 0.9, "PUB": 0.6, "OTH": 0.6, "PRC": 0.6}

ROLES = ["coordinator", "participant", "thirdParty", "associatedPartner"]
KINDS = ["HES", "REC", "PRC", "PUB", "OTH"]

# Country codes as CORDIS writes them (EL for Greece, UK for the United Kingdom), with a rough
# weight for how often organisations from there take part.
COUNTRIES = [
    ("DE", 13), ("ES", 11), ("IT", 11), ("FR", 10), ("UK", 8), ("NL", 7), ("BE", 5), ("EL", 4),
    ("PT", 3), ("SE", 3), ("AT", 3), ("DK", 2), ("FI", 2), ("PL", 2.5), ("IE", 2), ("CH", 2),
    ("NO", 2), ("CZ", 1), ("HU", 1), ("SI", 1), ("IL", 1), ("TR", 1), ("RO", 1), ("CY", 0.6),
    ("LT", 0.6), ("UA", 0.4), ("US", 0.6), ("CN", 0.3), ("ZA", 0.2),
]
DUTCH_BE = {"LEUVEN", "GENT", "ANTWERPEN", "HASSELT"}
NON_EU_NUTS = {"US", "CN", "ZA", "UA", "IL", "CH", "TR"}

CITIES = {
    "DE": ["MÜNCHEN", "BERLIN", "KÖLN", "DRESDEN", "STUTTGART", "AACHEN", "KARLSRUHE", "GÖTTINGEN",
           "WÜRZBURG", "JÜLICH", "LÜBECK", "SAARBRÜCKEN", "BREMEN", "HANNOVER"],
    "ES": ["MADRID", "BARCELONA", "VALENCIA", "SEVILLA", "BILBAO", "ZARAGOZA", "MÁLAGA", "LEÓN",
           "A CORUÑA", "CÓRDOBA", "SAN SEBASTIÁN"],
    "IT": ["ROMA", "MILANO", "TORINO", "BOLOGNA", "NAPOLI", "PADOVA", "PISA", "FIRENZE", "TRENTO",
           "CAGLIARI", "FORLÌ"],
    "FR": ["PARIS", "LYON", "GRENOBLE", "TOULOUSE", "NANTES", "STRASBOURG", "MARSEILLE", "ORLÉANS",
           "SAINT-ÉTIENNE", "NÎMES", "BESANÇON"],
    "UK": ["LONDON", "CAMBRIDGE", "OXFORD", "EDINBURGH", "MANCHESTER", "BRISTOL", "GLASGOW", "LEEDS",
           "CARDIFF", "BELFAST"],
    "NL": ["AMSTERDAM", "DELFT", "UTRECHT", "EINDHOVEN", "LEIDEN", "GRONINGEN", "ROTTERDAM",
           "WAGENINGEN", "'S-HERTOGENBOSCH"],
    "BE": ["LEUVEN", "BRUXELLES", "GENT", "LIÈGE", "ANTWERPEN", "MONS", "NAMUR", "HASSELT"],
    "EL": ["ΑΘΗΝΑ", "ATHINA", "THESSALONIKI", "ΘΕΣΣΑΛΟΝΙΚΗ", "PATRA", "HERAKLION", "ΧΑΝΙΑ", "VOLOS",
           "IOANNINA"],
    "PT": ["LISBOA", "PORTO", "COIMBRA", "BRAGA", "AVEIRO", "ÉVORA", "FARO"],
    "SE": ["STOCKHOLM", "GÖTEBORG", "LUND", "UPPSALA", "LINKÖPING", "UMEÅ", "MALMÖ"],
    "AT": ["WIEN", "GRAZ", "LINZ", "INNSBRUCK", "SALZBURG", "KLAGENFURT AM WÖRTHERSEE"],
    "DK": ["KØBENHAVN", "AARHUS", "ODENSE", "AALBORG", "KGS. LYNGBY"],
    "FI": ["HELSINKI", "ESPOO", "TAMPERE", "OULU", "TURKU", "JYVÄSKYLÄ"],
    "PL": ["WARSZAWA", "KRAKÓW", "ŁÓDŹ", "WROCŁAW", "POZNAŃ", "GDAŃSK", "GLIWICE", "LUBLIN",
           "BIAŁYSTOK"],
    "IE": ["DUBLIN", "CORK", "GALWAY", "LIMERICK", "MAYNOOTH"],
    "CH": ["ZÜRICH", "LAUSANNE", "GENÈVE", "BERN", "BASEL"],
    "NO": ["OSLO", "TRONDHEIM", "BERGEN", "TROMSØ", "STAVANGER"],
    "CZ": ["PRAHA", "BRNO", "OSTRAVA", "PLZEŇ", "ČESKÉ BUDĚJOVICE"],
    "HU": ["BUDAPEST", "DEBRECEN", "SZEGED", "PÉCS", "GYŐR"],
    "SI": ["LJUBLJANA", "MARIBOR", "KOPER", "NOVO MESTO"],
    "IL": ["TEL AVIV", "HAIFA", "JERUSALEM", "REHOVOT", "BEER SHEVA"],
    "TR": ["ANKARA", "İSTANBUL", "İZMİR", "ESKİŞEHİR", "KOCAELİ"],
    "RO": ["BUCUREȘTI", "CLUJ-NAPOCA", "IAȘI", "TIMIȘOARA", "BRAȘOV"],
    "CY": ["NICOSIA", "LEMESOS", "LARNACA"],
    "LT": ["VILNIUS", "KAUNAS", "KLAIPĖDA", "ŠIAULIAI"],
    "UA": ["KYIV", "KHARKIV", "LVIV", "ODESA"],
    "US": ["BOSTON", "BERKELEY", "PITTSBURGH", "SEATTLE", "AUSTIN"],
    "CN": ["BEIJING", "SHANGHAI", "HANGZHOU", "WUHAN"],
    "ZA": ["CAPE TOWN", "PRETORIA", "STELLENBOSCH"],
}

# Rough centres for geolocation.
CENTRES = {
    "DE": (51.0, 10.0), "ES": (40.2, -3.7), "IT": (42.8, 12.5), "FR": (46.6, 2.4), "UK": (52.8, -1.6),
    "NL": (52.2, 5.3), "BE": (50.7, 4.5), "EL": (38.9, 22.6), "PT": (39.6, -8.2), "SE": (59.5, 16.0),
    "AT": (47.6, 14.1), "DK": (55.9, 10.5), "FI": (61.9, 25.7), "PL": (52.1, 19.4), "IE": (53.2, -7.7),
    "CH": (46.8, 8.2), "NO": (60.5, 8.5), "CZ": (49.8, 15.5), "HU": (47.2, 19.5), "SI": (46.1, 14.8),
    "IL": (31.5, 34.9), "TR": (39.0, 35.2), "RO": (45.9, 24.9), "CY": (35.1, 33.4), "LT": (55.2, 23.9),
    "UA": (49.0, 31.4), "US": (39.8, -98.6), "CN": (35.9, 104.2), "ZA": (-30.6, 22.9),
}

# Words to build names from, per language group.
FIELDS_EN = ["APPLIED PHYSICS", "MARINE SCIENCES", "ENERGY SYSTEMS", "MATERIALS", "PHOTONICS",
             "BIOTECHNOLOGY", "CLIMATE RESEARCH", "FOOD SAFETY", "ROBOTICS", "WATER MANAGEMENT",
             "CULTURAL HERITAGE", "DIGITAL HEALTH", "TRANSPORT", "SOIL SCIENCE", "QUANTUM TECHNOLOGIES"]
FIELDS = {
    "DE": ["ANGEWANDTE PHYSIK", "MEERESFORSCHUNG", "ENERGIESYSTEME", "WERKSTOFFTECHNIK", "PHOTONIK",
           "BIOTECHNOLOGIE", "KLIMAFORSCHUNG", "LEBENSMITTELSICHERHEIT", "ROBOTIK", "WASSERWIRTSCHAFT",
           "BODENKUNDE", "QUANTENTECHNOLOGIE", "ÖKOLOGIE", "FÜGETECHNIK", "GRÜNE CHEMIE"],
    "FR": ["PHYSIQUE APPLIQUÉE", "SCIENCES DE LA MER", "SYSTÈMES ÉNERGÉTIQUES", "MATÉRIAUX", "PHOTONIQUE",
           "BIOTECHNOLOGIE", "RECHERCHE CLIMATIQUE", "SÉCURITÉ ALIMENTAIRE", "ROBOTIQUE", "GÉNIE DE L'EAU"],
    "IT": ["FISICA APPLICATA", "SCIENZE DEL MARE", "SISTEMI ENERGETICI", "MATERIALI AVANZATI", "FOTONICA",
           "BIOTECNOLOGIE", "RICERCA CLIMATICA", "SICUREZZA ALIMENTARE", "ROBOTICA", "BENI CULTURALI"],
    "ES": ["FÍSICA APLICADA", "CIENCIAS MARINAS", "SISTEMAS ENERGÉTICOS", "MATERIALES", "FOTÓNICA",
           "BIOTECNOLOGÍA", "INVESTIGACIÓN CLIMÁTICA", "SEGURIDAD ALIMENTARIA", "ROBÓTICA", "GESTIÓN DEL AGUA"],
    "PT": ["FÍSICA APLICADA", "CIÊNCIAS DO MAR", "SISTEMAS DE ENERGIA", "MATERIAIS", "BIOTECNOLOGIA"],
    "PL": ["FIZYKI STOSOWANEJ", "BADAŃ MORSKICH", "SYSTEMÓW ENERGETYCZNYCH", "INŻYNIERII MATERIAŁOWEJ",
           "BIOTECHNOLOGII", "OCHRONY ŚRODOWISKA", "ROBOTYKI", "GOSPODARKI WODNEJ"],
    "NL": ["TOEGEPASTE FYSICA", "MARIENE WETENSCHAPPEN", "ENERGIESYSTEMEN", "MATERIAALKUNDE",
           "BIOTECHNOLOGIE", "KLIMAATONDERZOEK", "WATERBEHEER"],
    "EL": ["ΕΦΑΡΜΟΣΜΕΝΗΣ ΦΥΣΙΚΗΣ", "ΘΑΛΑΣΣΙΩΝ ΕΡΕΥΝΩΝ", "ΕΝΕΡΓΕΙΑΚΩΝ ΣΥΣΤΗΜΑΤΩΝ", "ΒΙΟΤΕΧΝΟΛΟΓΙΑΣ",
           "ΤΗΛΕΠΙΚΟΙΝΩΝΙΩΝ", "ΠΟΛΙΤΙΣΤΙΚΗΣ ΚΛΗΡΟΝΟΜΙΑΣ"],
}
COMPANY_SYLLABLES = ["NOV", "TEC", "SENS", "BIO", "GREEN", "DATA", "QUANT", "AQUA", "HELI", "TERRA", "NANO",
                     "ROBO", "ENER", "LUX", "VITA", "GEO", "CYBER", "AGRI", "PHOTO", "MEDI", "SOL", "WIND",
                     "CARB", "POLY", "SMART", "INNO", "OPTI", "FLUX", "ZEN", "KAR"]
COMPANY_TAILS = ["IS", "ON", "ICS", "A", "IX", "ERA", "LAB", "WORKS", "TRONIC", "GEN", "SYS", "IQ", "ENT",
                 "UM", "O", "AL"]
LEGAL_FORMS = {
    "DE": ["GMBH", "GMBH & CO. KG", "AG", "UG (HAFTUNGSBESCHRÄNKT)"], "AT": ["GMBH", "AG"],
    "CH": ["AG", "SA", "GMBH"], "FR": ["SAS", "SARL", "SA"], "BE": ["NV", "BV", "SPRL", "SRL"],
    "IT": ["SRL", "S.P.A.", "S.R.L."], "ES": ["SL", "SA", "S.L."], "PT": ["LDA", "SA"],
    "NL": ["BV", "B.V."], "UK": ["LIMITED", "LTD"], "IE": ["LIMITED", "DAC"], "PL": ["SP. Z O.O.", "S.A."],
    "EL": ["A.E.", "IKE", "ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ"], "SE": ["AB"], "FI": ["OY"], "DK": ["APS", "A/S"],
    "NO": ["AS"], "CZ": ["S.R.O.", "A.S."], "HU": ["KFT", "ZRT"], "SI": ["D.O.O."], "IL": ["LTD"],
    "TR": ["A.Ş.", "LTD. ŞTİ."], "RO": ["SRL", "SA"], "CY": ["LIMITED", "LTD"], "LT": ["UAB"],
    "UA": ["TOV", "LLC"], "US": ["INC", "LLC", "CORP"], "CN": ["CO LTD"], "ZA": ["(PTY) LTD"],
}

FIRST_PROJECT_ID = {"h2020": (633000, 899999, 101000000, 101016999), "fp7": (211000, 340999, None, None),
                    "horizon": (101039000, 101199999, None, None)}
FIRST_PROJECT_ID["fp7-legacy"] = FIRST_PROJECT_ID["fp7"]
UPDATE_YEARS = {"h2020": (2021, 2023), "fp7": (2019, 2022), "horizon": (2023, 2024), "fp7-legacy": (2016, 2017)}


def ascii_fold(text):
    """Transliterates the way registrations often do: Ü -> UE, ß -> SS, Ł -> L, accents dropped."""
    special = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "SS", "Ł": "L", "ł": "l",
               "Ø": "OE", "ø": "oe", "Å": "AA", "å": "aa", "İ": "I", "ı": "i"}
    out = "".join(special.get(ch, ch) for ch in text)
    out = unicodedata.normalize("NFKD", out)
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def title_case(text):
    small = {"DE", "DI", "DEL", "DELLA", "DEGLI", "DES", "DU", "LA", "LE", "VAN", "VON", "DER", "FÜR", "UND", "OF",
             "AND", "THE", "FOR", "DO", "DA", "Y", "ET", "EN"}
    words = text.split(" ")
    return " ".join(w.lower() if i and w in small else w[:1] + w[1:].lower() for i, w in enumerate(words))


class Org:
    __slots__ = ("pic", "name", "variants", "short", "kind", "sme", "country", "city", "street", "post",
                 "nuts", "geo", "url", "vat", "rcn", "special")

    def __init__(self, **fields):
        self.variants = []
        self.special = False
        for key, value in fields.items():
            setattr(self, key, value)


class Generator:
    def __init__(self, seed, rows, programme, small):
        self.rng = random.Random(seed)
        self.target_rows = rows
        self.programme = programme
        self.small = small
        self.used_pics = set()
        self.used_names = set()
        self.orgs = []           # in creation order
        self.counts = []         # rows per org (for the reuse process)
        self.slots = []          # one entry per membership so far (and per unit of prior): the org's index
        self.prior = []          # head start in the reuse process (the big named organisations)
        self.pending = self.anchor_organisations()
        self.pending_names = [spec["name"] for _, spec in self.pending]

    # ---------------------------------------------------------------- organisations

    def new_pic(self):
        while True:
            pic = self.rng.randint(881000000, 999999999)
            if pic not in self.used_pics:
                self.used_pics.add(pic)
                return str(pic)

    def pick_country(self):
        codes, weights = zip(*COUNTRIES)
        return self.rng.choices(codes, weights)[0]

    def address(self, country, city=None):
        rng = self.rng
        city = city or rng.choice(CITIES[country])
        number = rng.randint(1, 250)
        streets = {
            "DE": ["HAUPTSTRASSE", "Hansastraße", "BAHNHOFSTR.", "Pfaffenwaldring", "GOETHESTRASSE"],
            "AT": ["Wiedner Hauptstraße", "GUSSHAUSSTRASSE"], "CH": ["Rämistrasse", "ROUTE DE GENÈVE"],
            "FR": ["RUE DE LA RÉPUBLIQUE", "AVENUE DES MARTYRS", "Boulevard Vauban", "RUE MICHEL-ANGE"],
            "BE": ["NAAMSESTRAAT", "Oude Markt", "AVENUE FRANKLIN ROOSEVELT", "KAPELDREEF"],
            "IT": ["VIA ROMA", "Piazzale Aldo Moro", "VIA GIUSEPPE GARIBALDI", "CORSO DUCA DEGLI ABRUZZI"],
            "ES": ["CALLE SERRANO", "AVENIDA DE LA UNIVERSIDAD", "Paseo de la Castellana", "CALLE MAYOR"],
            "PT": ["AVENIDA ROVISCO PAIS", "RUA DA ESTRELA", "Largo do Paço"],
            "NL": ["MEKELWEG", "Kerkstraat", "POSTBUS", "HEIDELBERGLAAN"],
            "PL": ["UL. ŻEROMSKIEGO", "ul. Piotrkowska", "PLAC POLITECHNIKI", "UL. WÓLCZAŃSKA"],
            "EL": ["ΛΕΩΦΟΡΟΣ ΑΛΕΞΑΝΔΡΑΣ", "PATISION", "6TH KM CHARILAOU-THERMIS", "ΕΓΝΑΤΙΑ"],
            "UK": ["TRUMPINGTON STREET", "High Street", "OXFORD ROAD", "SOUTH PARKS ROAD"],
            "IE": ["COLLEGE GREEN", "Belfield"], "SE": ["DROTTNING KRISTINAS VÄG", "Sölvegatan"],
            "FI": ["OTAKAARI", "Yliopistonkatu"], "DK": ["ANKER ENGELUNDS VEJ", "Nørregade"],
            "NO": ["HØGSKOLERINGEN", "Karl Johans gate"], "CZ": ["TECHNICKÁ", "Zikova"],
            "HU": ["MŰEGYETEM RAKPART", "Egyetem tér"], "SI": ["JAMOVA CESTA", "Kongresni trg"],
            "TR": ["ÜNİVERSİTELER MAHALLESİ", "Dumlupınar Bulvarı"], "RO": ["SPLAIUL INDEPENDENȚEI"],
            "LT": ["SAULĖTEKIO AL.", "Gedimino pr."], "CY": ["KALLIPOLEOS"], "IL": ["HERZL STREET"],
            "UA": ["PROSPEKT PEREMOHY"], "US": ["MASSACHUSETTS AVENUE"], "CN": ["HAIDIAN ROAD"],
            "ZA": ["MAIN ROAD"],
        }
        street = f"{rng.choice(streets[country])} {number}"
        if rng.random() < 0.7:
            street = ""
        post = {
            "DE": lambda: f"{rng.randint(10000, 99999)}", "AT": lambda: f"{rng.randint(1000, 9999)}",
            "CH": lambda: f"{rng.randint(1000, 9999)}", "FR": lambda: f"{rng.randint(1000, 95999):05d}",
            "BE": lambda: f"{rng.randint(1000, 9999)}", "IT": lambda: f"{rng.randint(100, 98199):05d}",
            "ES": lambda: f"{rng.randint(1000, 52999):05d}", "PT": lambda: f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}",
            "NL": lambda: f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRST')}{rng.choice('ABCDEGHJKLMNPRST')}",
            "PL": lambda: f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}",
            "EL": lambda: f"{rng.randint(100, 851)} {rng.randint(0, 99):02d}",
            "UK": lambda: f"{rng.choice(['CB', 'OX', 'EH', 'M', 'BS', 'G', 'LS'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
            "IE": lambda: f"D{rng.randint(1, 24):02d} {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(100, 999)}",
        }.get(country, lambda: f"{rng.randint(1000, 99999)}")()
        if rng.random() < 0.2:
            post = ""
        nuts = "" if country in NON_EU_NUTS else f"{country}{rng.randint(1, 9)}{rng.choice('123456789ABCDEFG')}{rng.randint(1, 9)}"
        if nuts and rng.random() < 0.08:
            nuts = nuts[:3]
        lat, lon = CENTRES[country]
        geo = f"({lat + rng.uniform(-1.5, 1.5):.4f},{lon + rng.uniform(-1.5, 1.5):.4f})"
        if rng.random() < 0.75:
            geo = ""
        return city, street, post, nuts, geo

    def vat(self, country):
        r = self.rng.random()
        if r < 0.75:
            return ""
        if r < 0.78:
            return "MISSING"
        prefix = {"EL": "EL", "UK": "GB"}.get(country, country)
        return f"{prefix}{self.rng.randint(10**8, 10**10 - 1)}"

    def url(self, short):
        if self.rng.random() < 0.75:
            return ""
        slug = ascii_fold(short or "org").lower().replace(" ", "").replace('"', "").replace(";", "")[:14] or "org"
        return f"http://www.{slug}.{self.rng.choice(['eu', 'org', 'com', 'net'])}"

    def make_org(self, name, kind, country, city=None, short="", sme=None, variants=(), special=False):
        city, street, post, nuts, geo = self.address(country, city)
        if sme is None:
            sme = kind == "PRC" and self.rng.random() < 0.7
        if not short and self.rng.random() < 0.75:
            short = self.short_for(name)
        org = Org(pic=self.new_pic(), name=name, short=short, kind=kind, sme="true" if sme else "false",
                  country=country, city=city, street=street, post=post, nuts=nuts, geo=geo,
                  url=self.url(short or name), vat=self.vat(country), rcn=str(self.rng.randint(1900000, 2999999)))
        org.variants = list(variants)
        org.special = special
        self.used_names.add(name)
        return org

    def short_for(self, name):
        words = [w for w in ascii_fold(name).replace('"', "").replace(";", " ").split()
                 if w.isalpha() and w not in {"DE", "DI", "DEL", "DELLA", "DEGLI", "OF", "FUER", "UND", "AND", "THE",
                                               "FOR", "LA", "DU", "DES", "DO", "DA"}]
        if len(words) <= 1:
            return (words[0][:8] if words else "")
        return "".join(w[0] for w in words)[:8]

    def anchor_organisations(self):
        """Named organisations: big reused ones first, then the awkward ones the fixture must hold."""
        big = [
            ("KATHOLIEKE UNIVERSITEIT LEUVEN", "HES", "BE", "LEUVEN", "KU Leuven",
             ["KU LEUVEN", "Katholieke Universiteit Leuven"]),
            ("TECHNISCHE UNIVERSITÄT MÜNCHEN", "HES", "DE", "MÜNCHEN", "TUM",
             ["TECHNISCHE UNIVERSITAET MUENCHEN", "TU MÜNCHEN"]),
            ("ΕΘΝΙΚΟ ΚΕΝΤΡΟ ΕΡΕΥΝΑΣ ΘΑΛΑΣΣΙΩΝ ΣΥΣΤΗΜΑΤΩΝ", "REC", "EL", "ΑΘΗΝΑ", "EKETHS",
             ["ETHNIKO KENTRO EREVNAS THALASSION SYSTIMATON"]),
            ("POLITECHNIKA ŁÓDZKA", "HES", "PL", "ŁÓDŹ", "TUL", ["POLITECHNIKA LODZKA"]),
            ("FORSCHUNGSGESELLSCHAFT FÜR ANGEWANDTE SYSTEMTECHNIK E.V.", "REC", "DE", "STUTTGART", "FAST",
             ["FORSCHUNGSGESELLSCHAFT FUER ANGEWANDTE SYSTEMTECHNIK EV"]),
            ("ISTITUTO NAZIONALE DI RICERCA SUI MATERIALI AVANZATI", "REC", "IT", "TORINO", "INRIMA",
             ["Istituto Nazionale di Ricerca sui Materiali Avanzati"]),
            ("CENTRE NATIONAL D'ÉTUDES DES SYSTÈMES COMPLEXES", "REC", "FR", "PARIS", "CNESC",
             ["CENTRE NATIONAL D'ETUDES DES SYSTEMES COMPLEXES", "CNESC"]),
            ("UNIVERSIDAD POLITÉCNICA DE LEVANTE", "HES", "ES", "VALENCIA", "UPLEV",
             ["UNIVERSIDAD POLITECNICA DE LEVANTE"]),
            ("NEDERLANDSE ORGANISATIE VOOR TOEGEPAST WATERONDERZOEK", "REC", "NL", "DELFT", "NOTW", []),
            ("UNIVERSITY OF NORTHBRIDGE", "HES", "UK", "CAMBRIDGE", "UNORTH",
             ["THE UNIVERSITY OF NORTHBRIDGE", "University of Northbridge"]),
            ("FUNDACIÓN INSTITUTO IBÉRICO DE TECNOLOGÍA", "REC", "ES", "BILBAO", "IIT",
             ["FUNDACION INSTITUTO IBERICO DE TECNOLOGIA"]),
            ("UNIVERSIDADE DE LISBOA", "HES", "PT", "LISBOA", "ULISBOA", ["ULISBOA"]),
            ("KUNGLIGA TEKNISKA FORSKNINGSINSTITUTET", "REC", "SE", "STOCKHOLM", "KTFI", []),
            ("ΑΡΙΣΤΟΤΕΛΕΙΟ ΠΑΝΕΠΙΣΤΗΜΙΟ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ", "HES", "EL", "ΘΕΣΣΑΛΟΝΙΚΗ", "APBE",
             ["ARISTOTELEIO PANEPISTIMIO VOREIOU ELLADOS"]),
            ("ÖSTERREICHISCHES INSTITUT FÜR ANGEWANDTE ÖKOLOGIE", "REC", "AT", "WIEN", "OIAOE", []),
            ("UNIWERSYTET WARSZAWSKI", "HES", "PL", "WARSZAWA", "UW", []),
            ("SISTEMI AVANZATI PER L'ENERGIA S.P.A.", "PRC", "IT", "MILANO", "SAPE", ["SISTEMI AVANZATI PER L'ENERGIA SPA"]),
            ("DANMARKS TEKNISKE FORSKNINGSCENTER", "REC", "DK", "KGS. LYNGBY", "DTFC", []),
            ("TEKNOLOGIAN TUTKIMUSKESKUS POHJOLA OY", "REC", "FI", "ESPOO", "TTKP", []),
            ("STADT KARLSRUHE", "PUB", "DE", "KARLSRUHE", "", []),
        ]
        special = [
            # Quotes and semicolons in names.
            ('UAB "ŠIAURĖS INOVACIJOS"', "PRC", "LT", "VILNIUS", "SI", ['UAB "SIAURES INOVACIJOS"']),
            ("INSTITUTE OF APPLIED MECHANICS; NATIONAL ACADEMY OF SCIENCES", "REC", "UA", "KYIV", "IAM NAS", []),
            ('STICHTING "HET NEDERLANDS WATERLAB"', "OTH", "NL", "UTRECHT", "NWL", []),
            ('TOV "SMART ENERGY SYSTEMS"; KYIV BRANCH', "PRC", "UA", "KYIV", '"SES"', []),
            ("ΔΗΜΟΣ ΧΑΝΙΩΝ", "PUB", "EL", "ΧΑΝΙΑ", "", ["DIMOS CHANION"]),
            ("EUROPÄISCHE VEREINIGUNG FÜR WASSERSTOFF UND BRENNSTOFFZELLEN", "OTH", "BE", "BRUXELLES", "EVWB", []),
            ("INSTYTUT CHEMII BIOORGANICZNEJ POLSKIEJ AKADEMII NAUK", "REC", "PL", "POZNAŃ", "ICHB PAN", []),
        ]
        # Names used by two different PICs (a second registration, or two firms of one name).
        twins = [
            ("INNOVATION SOLUTIONS LTD", "PRC", "UK", "LONDON", "IE", "DUBLIN"),
            ("INSTITUT FÜR ANGEWANDTE ÖKOLOGIE", "REC", "DE", "GÖTTINGEN", "DE", "BREMEN"),
            ("CENTRO DE INVESTIGACIÓN MARINA", "REC", "ES", "A CORUÑA", "ES", "MÁLAGA"),
        ]
        queue = []
        for position, (name, kind, country, city, short, variants) in enumerate(big):
            queue.append((3 if position < 2 else 1, dict(name=name, kind=kind, country=country, city=city, short=short,
                                      sme=False, variants=variants)))
        rest = []
        for name, kind, country, city, short, variants in special:
            rest.append(dict(name=name, kind=kind, country=country, city=city, short=short,
                             variants=variants, special=True))
        for name, kind, c1, city1, c2, city2 in twins:
            rest.append(dict(name=name, kind=kind, country=c1, city=city1, special=True))
            rest.append(dict(name=name, kind=kind, country=c2, city=city2, special=True))
        self.special_specs = rest
        return queue

    def synthetic_name(self, kind, country, city):
        rng = self.rng
        lang = {"AT": "DE", "CH": "DE"}.get(country, country)
        if country == "EL" and not any("\u0370" <= ch <= "\u03ff" for ch in city):
            lang = "EL-LATIN"   # a Greek organisation registered in Latin letters
        field = rng.choice(FIELDS.get(lang, FIELDS_EN))

        def local(patterns, default):
            key = lang if lang == "EL-LATIN" else country
            return rng.choice(patterns.get(key) or patterns.get(lang) or default)
        if kind == "HES":
            return local({
                "DE": [f"UNIVERSITÄT {city}", f"HOCHSCHULE {city}", f"TECHNISCHE UNIVERSITÄT {city}"],
                "AT": [f"UNIVERSITÄT {city}", f"MEDIZINISCHE UNIVERSITÄT {city}"],
                "CH": [f"UNIVERSITÄT {city}", f"HAUTE ÉCOLE SPÉCIALISÉE DE {city}"],
                "FR": [f"UNIVERSITÉ DE {city}", f"ÉCOLE NATIONALE SUPÉRIEURE DE {city}"],
                "BE": ([f"UNIVERSITEIT {city}", f"HOGESCHOOL {city}"] if city in DUTCH_BE
                       else [f"UNIVERSITÉ DE {city}", f"HAUTE ÉCOLE DE {city}"]),
                "IT": [f"UNIVERSITÀ DEGLI STUDI DI {city}", f"POLITECNICO DI {city}"],
                "ES": [f"UNIVERSIDAD DE {city}", f"UNIVERSIDAD POLITÉCNICA DE {city}"],
                "PT": [f"UNIVERSIDADE DE {city}", f"INSTITUTO POLITÉCNICO DE {city}"],
                "NL": [f"UNIVERSITEIT {city}", f"STICHTING HOGESCHOOL {city}"],
                "PL": [f"UNIWERSYTET W MIEŚCIE {city}", f"POLITECHNIKA W {city}", f"AKADEMIA GÓRNICZA {city}"],
                "EL": [f"ΠΑΝΕΠΙΣΤΗΜΙΟ {city}", f"ΠΟΛΥΤΕΧΝΕΙΟ {city}"],
                "EL-LATIN": [f"PANEPISTIMIO {city}", f"UNIVERSITY OF {city}"],
                "SE": [f"{city} UNIVERSITET", f"{city} TEKNISKA HÖGSKOLA"],
                "FI": [f"{city}N YLIOPISTO"], "DK": [f"{city} UNIVERSITET"],
                "NO": [f"NORGES UNIVERSITET {city}"], "CZ": [f"VYSOKÉ UČENÍ TECHNICKÉ V {city}"],
                "HU": [f"{city}I TUDOMÁNYEGYETEM"], "TR": [f"{city} TEKNİK ÜNİVERSİTESİ"],
                "RO": [f"UNIVERSITATEA DIN {city}"], "LT": [f"{city} TECHNOLOGIJOS UNIVERSITETAS"],
            }, [f"UNIVERSITY OF {city}", f"{city} INSTITUTE OF TECHNOLOGY"])
        if kind == "REC":
            return local({
                "DE": [f"INSTITUT FÜR {field}", f"ZENTRUM FÜR {field} {city} E.V."],
                "AT": [f"INSTITUT FÜR {field} {city}"], "FR": [f"INSTITUT DE {field}", f"CENTRE DE {field} DE {city}"],
                "IT": [f"ISTITUTO DI {field}", f"CENTRO RICERCHE {field} {city}"],
                "ES": [f"CENTRO DE {field} DE {city}", f"INSTITUTO DE {field}"],
                "PT": [f"INSTITUTO DE {field}"], "PL": [f"INSTYTUT {field}", f"CENTRUM {field} W {city}"],
                "NL": [f"STICHTING {field} {city}"], "EL": [f"ΙΝΣΤΙΤΟΥΤΟ {field}", f"ΚΕΝΤΡΟ {field} {city}"],
            }, [f"{field} RESEARCH INSTITUTE", f"{city} CENTRE FOR {field}"])
        if kind == "PRC":
            stem = rng.choice(COMPANY_SYLLABLES) + rng.choice(COMPANY_TAILS)
            if rng.random() < 0.3:
                stem += " " + rng.choice(["SOLUTIONS", "TECHNOLOGIES", "ENGINEERING", "SYSTEMS", "CONSULTING",
                                          "ANALYTICS", "ENERGY", "MEDICAL"])
            form = rng.choice(LEGAL_FORMS.get(country, ["LTD"]))
            if form in ("UAB", "TOV"):
                return f'{form} "{stem}"'
            return f"{stem} {form}"
        if kind == "PUB":
            return local({
                "DE": [f"STADT {city}", f"LANDKREIS {city}"], "AT": [f"MAGISTRAT DER STADT {city}"],
                "FR": [f"COMMUNE DE {city}", f"RÉGION {city}"], "IT": [f"COMUNE DI {city}", f"REGIONE {city}"],
                "ES": [f"AYUNTAMIENTO DE {city}", f"DIPUTACIÓN DE {city}"], "PT": [f"MUNICÍPIO DE {city}"],
                "NL": [f"GEMEENTE {city}", f"PROVINCIE {city}"],
                "BE": [f"STAD {city}"] if city in DUTCH_BE else [f"VILLE DE {city}"],
                "PL": [f"MIASTO {city}", f"GMINA {city}"], "EL": [f"ΔΗΜΟΣ {city}"],
                "EL-LATIN": [f"DIMOS {city}", f"PERIFEREIA {city}"],
            }, [f"MUNICIPALITY OF {city}", f"MINISTRY OF {field}"])
        return local({
            "DE": [f"VEREIN FÜR {field} E.V.", f"STIFTUNG {field}"], "FR": [f"ASSOCIATION POUR LA {field}"],
            "IT": [f"FONDAZIONE {field}", f"ASSOCIAZIONE ITALIANA {field}"], "ES": [f"FUNDACIÓN {field}"],
            "PL": [f"STOWARZYSZENIE {field}", f"FUNDACJA {field}"], "NL": [f"STICHTING {field}"],
            "BE": [f"EUROPEAN ASSOCIATION FOR {rng.choice(FIELDS_EN)} AISBL", f"EUROPEAN NETWORK OF {rng.choice(FIELDS_EN)} IVZW"],
            "EL": [f"ΣΥΝΔΕΣΜΟΣ {field}"],
        }, [f"{field} ASSOCIATION", f"FOUNDATION FOR {field}"])

    def create_next_org(self):
        prior = 0
        if self.pending:
            prior, spec = self.pending.pop(0)
            org = self.make_org(**spec)
        else:
            kind = self.rng.choices(KINDS, [0.22, 0.20, 0.42, 0.07, 0.09])[0]
            country = self.pick_country()
            for _ in range(50):
                city = self.rng.choice(CITIES[country])
                name = self.synthetic_name(kind, country, city)
                if name not in self.used_names:
                    break
                country = self.pick_country()
            else:
                name = f"{name} {len(self.orgs) + 1}"
            org = self.make_org(name, kind, country, city=city)
        self.orgs.append(org)
        self.counts.append(0)
        self.prior.append(prior)
        self.slots.extend([len(self.orgs) - 1] * prior)
        return len(self.orgs) - 1

    # ---------------------------------------------------------------- projects

    def project_sizes(self):
        rng = self.rng
        sizes, total = [], 0
        while total < self.target_rows:
            r = rng.random()
            if r < 0.09:
                size = 1
            elif r < 0.13:
                size = 2
            elif r < 0.89:
                size = min(20, max(3, round(math.exp(rng.gauss(math.log(8), 0.45)))))
            elif r < 0.985:
                size = rng.randint(21, 40)
            else:
                size = rng.randint(41, 70)
            sizes.append(size)
            total += size
        return sizes

    def pick_members(self, size):
        """A Pitman-Yor reuse process: a few organisations get most of the memberships.

        An organisation met c times is picked again with weight (c - discount) times how much
        its kind comes back (universities and research centres most); a new one comes with
        weight concentration + discount * (organisations so far)."""
        rng = self.rng
        discount, concentration = DISCOUNT, CONCENTRATION
        chosen = []
        while len(chosen) < size:
            n, k = len(self.slots) - sum(self.prior), len(self.orgs)
            if n == 0 or rng.random() < (concentration + discount * k) / (n + concentration):
                index = self.create_next_org()
            else:
                # Weight c - discount by rejection from a pick proportional to c.
                index = rng.choice(self.slots)
                weight = self.counts[index] + self.prior[index]
                keep = (weight - discount) / weight * STICKINESS[self.orgs[index].kind]
                if rng.random() >= keep or index in chosen:
                    continue
            chosen.append(index)
            self.counts[index] += 1
            self.slots.append(index)
        return chosen

    def project_ids(self, count):
        lo, hi, lo2, hi2 = FIRST_PROJECT_ID[self.programme]
        ids = set()
        while len(ids) < count:
            if lo2 is not None and self.rng.random() < 0.35:
                ids.add(self.rng.randint(lo2, hi2))
            else:
                ids.add(self.rng.randint(lo, hi))
        ids = list(ids)
        self.rng.shuffle(ids)
        return [str(i) for i in ids]

    def acronyms(self, count):
        rng = self.rng
        parts = ["AQUA", "BIO", "CLIM", "DIGI", "ECO", "FLEX", "GEO", "HYDRO", "INNO", "MARE", "NANO", "OPTI",
                 "PHOTO", "QUANT", "ROBO", "SOLAR", "TERRA", "URBAN", "VITAL", "WIND", "SMART", "CIRC", "AGRO",
                 "NEURO", "CYBER", "HERIT", "MOB", "SOIL", "GRID", "FOOD"]
        tails = ["NET", "LAB", "SENSE", "PLUS", "HUB", "TWIN", "CARE", "FLOW", "GEN", "TECH", "", "", ""]
        seen, out = set(), []
        collisions = 0
        while len(out) < count:
            a = rng.choice(parts) + rng.choice(tails)
            r = rng.random()
            if r < 0.15:
                a += f"-{rng.randint(2, 5)}"
            elif r < 0.22:
                a = f"{rng.randint(2, 5)}D-{a}"
            elif r < 0.26:
                a = "i" + a.capitalize()
            elif r < 0.28:
                a = a[:4] + "&" + rng.choice(tails[:10])
            if a in seen:
                # A few thousand projects exhaust the combinations: after many draws that are all
                # taken, number the acronym instead of drawing forever.
                collisions += 1
                if collisions < 50:
                    continue
                a = f"{a}{len(out)}"
            collisions = 0
            seen.add(a)
            out.append(a)
        # Two projects share an acronym (it is a label, not an id).
        if count >= 4:
            out[-1] = out[0]
        if count >= 40:
            out[-3] = out[5]
        return out

    def amount(self, base, spread=0.7):
        value = math.exp(self.rng.gauss(math.log(base), spread))
        r = self.rng.random()
        if r < 0.3:
            value = round(value, 2)
        elif r < 0.45:
            value = round(value * 2) / 2
        elif r < 0.75:
            value = round(value)
        else:
            value = round(value / 250) * 250
        return value

    @staticmethod
    def fmt(value):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text or "0"

    def generate(self):
        rng = self.rng
        sizes = self.project_sizes()
        projects = []
        for size in sizes:
            projects.append(self.pick_members(size))
        self.force_specials(projects)
        ids = self.project_ids(len(projects))
        acronyms = self.acronyms(len(projects))
        legacy = self.programme == "fp7-legacy"
        years = UPDATE_YEARS[self.programme]

        memberships = []   # per project: [(org index, role)], the coordinator first
        for p, members in enumerate(projects):
            weights = [{"HES": 3.0, "REC": 3.0, "PRC": 1.2, "PUB": 0.8, "OTH": 0.8}[self.orgs[m].kind] for m in members]
            coordinator = rng.choices(members, weights)[0]
            rest = [m for m in members if m != coordinator]
            rng.shuffle(rest)
            rows = [(coordinator, "coordinator")]
            for m in rest:
                role = "participant"
                if not legacy and len(members) >= 3:
                    r = rng.random()
                    if r < 0.07:
                        role = "thirdParty"
                    elif r < (0.15 if self.programme == "horizon" else 0.11):
                        role = "associatedPartner"
                rows.append((m, role))
            memberships.append(rows)
        self.ensure_vocabulary(memberships, legacy)

        # Rows; a few participations entered twice (the first one ended).
        out = []
        rcn = rng.randint(1000000, 1200000)
        repeats = 0
        for p, rows in enumerate(memberships):
            year = rng.randint(*years)
            updated = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            contact = rng.random() < 0.15
            order = 0
            project_rows = []
            for m, role in rows:
                order += 1
                ended = "true" if rng.random() < 0.015 else "false"
                repeat = role in ("participant", "thirdParty") and rng.random() < 0.006
                if repeat:
                    repeats += 1
                    project_rows.append(dict(org=m, role=role, order=order, ended="true"))
                    order += 1
                project_rows.append(dict(org=m, role=role, order=order, ended=ended))
            if p == len(memberships) - 1 and not repeats and len(project_rows) > 1:
                # At least one participation entered twice, whatever the size.
                again = dict(project_rows[-1], order=order + 1)
                project_rows[-1]["ended"] = "true"
                project_rows.append(again)
            for row in project_rows:
                org = self.orgs[row["org"]]
                role = row["role"]
                if role == "associatedPartner":
                    ec = 0.0
                elif role == "thirdParty" and rng.random() < 0.4:
                    ec = 0.0
                else:
                    base = {"HES": 380000, "REC": 420000, "PRC": 210000, "PUB": 120000, "OTH": 150000}[org.kind]
                    if role == "coordinator":
                        base *= 1.8
                    ec = self.amount(base)
                net = ec if rng.random() < 0.92 else round(ec * rng.uniform(0.8, 1.0), 2)
                total = ec if org.kind in ("HES", "REC") and rng.random() < 0.7 else round(ec / rng.uniform(0.6, 1.0), 2)
                if role == "associatedPartner" and rng.random() < 0.5:
                    total = self.amount(60000)
                rcn += rng.randint(1, 40)
                record = dict(org=org, role=role, order=row["order"], ended=row["ended"], ec=ec, net=net,
                              total=total, rcn=rcn, contact=contact and role == "coordinator")
                out.append((ids[p], acronyms[p], updated, record))
        self.assign_names(out)
        return out

    def force_specials(self, projects):
        """Puts the awkward organisations (quotes, semicolons, name twins) into the file whatever
        its size, and the first named organisation (written under several names) into three
        projects at least."""
        for spec in self.special_specs:
            org = self.make_org(**spec)
            self.orgs.append(org)
            self.counts.append(0)
            self.prior.append(0)
            self.place(projects, len(self.orgs) - 1, 3 if org.variants else 1)
        self.place(projects, 0, 3)

    def place(self, projects, index, times):
        """Makes `index` a member of at least `times` projects, taking the place of ordinary
        members (preferably ones that are in other projects too)."""
        rng = self.rng
        anchors = len(self.pending_names)
        hosts = [p for p in range(len(projects)) if len(projects[p]) >= 2]
        rng.shuffle(hosts)
        tiers = [lambda m: m >= anchors and self.counts[m] >= 2, lambda m: m >= anchors,
                 lambda m: m > 0 and self.counts[m] >= 2]
        for usable in tiers:
            for p in hosts:
                if self.counts[index] >= times:
                    return
                members = projects[p]
                if index in members:
                    continue
                slots = [i for i in range(1, len(members))
                         if not self.orgs[members[i]].special and members[i] != index and usable(members[i])]
                if not slots:
                    continue
                slot = rng.choice(slots)
                self.counts[members[slot]] -= 1
                members[slot] = index
                self.counts[index] += 1

    def ensure_vocabulary(self, memberships, legacy):
        """Every role and every activity type appears at least once."""
        roles = {role for rows in memberships for _, role in rows}
        wanted = ["participant"] if legacy else ["participant", "thirdParty", "associatedPartner"]
        for role in wanted:
            if role in roles:
                continue
            for rows in sorted(memberships, key=len, reverse=True):
                for i, (m, r) in enumerate(rows):
                    if r == "participant" and sum(1 for _, x in rows if x == "participant") > 1:
                        rows[i] = (m, role)
                        break
                else:
                    continue
                break
        kinds = {self.orgs[m].kind for rows in memberships for m, _ in rows}
        for kind in KINDS:
            if kind in kinds:
                continue
            # Re-type an organisation met once, with a name to match.
            for rows in memberships:
                for m, _ in rows:
                    org = self.orgs[m]
                    if self.counts[m] == 1 and not org.special and not org.variants:
                        org.kind = kind
                        org.name = self.synthetic_name(kind, org.country, org.city)
                        org.sme = "false"
                        kinds.add(kind)
                        break
                if kind in kinds:
                    break

    def assign_names(self, out):
        """Each row gets its organisation's name; organisations with variants use them on some rows,
        keeping the main name strictly the most frequent."""
        rng = self.rng
        by_org = {}
        for i, (_, _, _, rec) in enumerate(out):
            by_org.setdefault(rec["org"].pic, []).append(i)
        # Some ordinary organisations in several projects are written differently now and then.
        for org in self.orgs:
            rows = by_org.get(org.pic, [])
            if org.variants or len(rows) < 3 or org.special or rng.random() > 0.10:
                continue
            variant = rng.choice([title_case(org.name), ascii_fold(org.name), org.name.replace(".", ""),
                                  org.name + "."])
            if variant != org.name:
                org.variants = [variant]
        for org in self.orgs:
            rows = by_org.get(org.pic, [])
            for i in rows:
                out[i][3]["name"] = org.name
            if not org.variants or len(rows) < 2:
                continue
            n = len(rows)
            variant_rows = max(1, int(n * rng.uniform(0.2, 0.4)))
            # The main name keeps more rows than any one variant.
            counts = [0] * len(org.variants)
            for k in range(variant_rows):
                counts[k % len(counts)] += 1
            while max(counts) >= n - sum(counts):
                j = counts.index(max(counts))
                counts[j] -= 1
            picks = rng.sample(rows, sum(counts))
            k = 0
            for j, c in enumerate(counts):
                for _ in range(c):
                    out[picks[k]][3]["name"] = org.variants[j]
                    k += 1

    # ---------------------------------------------------------------- output

    def table(self, out):
        legacy = self.programme == "fp7-legacy"
        header = HEADERS["fp7-legacy" if legacy else "current"]
        rows = []
        rng = self.rng
        # A street that runs over two lines, quoted with its line break, for a few organisations.
        if not self.small:
            with_street = sorted({rec["org"].pic: rec["org"] for *_, rec in out if rec["org"].street}.values(),
                                 key=lambda org: org.pic)
            for org in rng.sample(with_street, min(len(with_street), max(1, len(out) // 2500))):
                org.street += "\n" + rng.choice(["BUILDING B", "2ND FLOOR", "CAMPUS NORD"])
        project_rcn = {}
        for project, acronym, updated, rec in out:
            org = rec["org"]
            street = org.street
            project_rcn.setdefault(project, str(rng.randint(85000, 111999)))
            if legacy:
                values = {
                    "projectRcn": project_rcn[project], "projectReference": project, "projectAcronym": acronym,
                    "role": rec["role"], "id": org.pic, "name": rec["name"], "shortName": org.short,
                    "activityType": org.kind, "endOfParticipation": rec["ended"],
                    "ecContribution": self.fmt(rec["ec"]), "country": org.country, "street": street,
                    "city": org.city, "postCode": org.post, "organizationUrl": org.url,
                }
            else:
                contact = (f"https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/"
                           f"PROJECT/{project}/{org.pic}") if rec["contact"] else ""
                values = {
                    "projectID": project, "projectAcronym": acronym, "organisationID": org.pic,
                    "vatNumber": org.vat, "name": rec["name"], "shortName": org.short, "SME": org.sme,
                    "activityType": org.kind, "street": street, "postCode": org.post, "city": org.city,
                    "country": org.country, "nutsCode": org.nuts, "geolocation": org.geo,
                    "organizationURL": org.url, "contactForm": contact, "contentUpdateDate": updated,
                    "rcn": str(rec["rcn"]), "order": str(rec["order"]), "role": rec["role"],
                    "ecContribution": self.fmt(rec["ec"]), "netEcContribution": self.fmt(rec["net"]),
                    "totalCost": self.fmt(rec["total"]), "endOfParticipation": rec["ended"],
                    "active": "false" if rec["ended"] == "true" else "true",
                }
            rows.append([values.get(column, "") for column in header])
        return header, rows


def check(header, rows):
    """The promises the fixture makes; a failure here is a bug in this script."""
    h = {name: i for i, name in enumerate(header)}
    pid = h.get("projectID", h.get("projectReference"))
    pic = h.get("organisationID", h.get("id"))
    coordinators = {}
    pairs = {}
    for row in rows:
        if row[h["role"]] == "coordinator":
            coordinators[row[pid]] = coordinators.get(row[pid], 0) + 1
        pairs.setdefault((row[pid], row[pic]), []).append(row[h["role"]])
    projects = {row[pid] for row in rows}
    assert set(coordinators) == projects and set(coordinators.values()) == {1}, "one coordinator per project"
    for roles in pairs.values():
        assert len(roles) == 1 or "coordinator" not in roles, "a coordinator is never listed twice"


def write_csv(path, header, rows, bom):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = ("\ufeff" if bom else "") + buffer.getvalue()
    if path in (None, "-"):
        sys.stdout.write(data)
    else:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(data)


def write_xlsx(path, header, rows):
    from openpyxl import Workbook
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "organization"
    sheet.append(header)
    numeric = [column in NUMERIC_COLUMNS for column in header]
    for row in rows:
        cells = []
        for is_number, value in zip(numeric, row):
            if value == "":
                cells.append(None)
            elif is_number:
                number = float(value)
                cells.append(int(number) if number.is_integer() and "." not in value else number)
            else:
                cells.append(value)
        sheet.append(cells)
    sheet.freeze_panes = "A2"
    # Fixed timestamps (document properties and zip entries) keep the bytes the same run to run.
    import datetime
    import zipfile
    stamp = datetime.datetime(2024, 1, 1, 0, 0, 0)
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            data = source.read(item.filename)
            if item.filename == "docProps/core.xml":   # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            target.writestr(info, data)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rows", type=int, default=3000, help="about this many rows (memberships); default 3000")
    parser.add_argument("--programme", choices=["h2020", "fp7", "horizon", "fp7-legacy"], default="h2020")
    parser.add_argument("-o", "--output", help="CSV file to write (default: standard output)")
    parser.add_argument("--xlsx", help="also write the table as an Excel workbook here")
    parser.add_argument("--bom", action="store_true", help="start the CSV with a UTF-8 byte order mark")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be 1 or more")
    generator = Generator(args.seed, args.rows, args.programme, small=args.rows < 200)
    out = generator.generate()
    header, rows = generator.table(out)
    check(header, rows)
    write_csv(args.output, header, rows, args.bom)
    if args.xlsx:
        write_xlsx(args.xlsx, header, rows)


if __name__ == "__main__":
    main()
