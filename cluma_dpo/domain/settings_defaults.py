"""Default texts of the settings that differ per letter language: what an answer to an
access request says about purposes, categories, retention and automated decisions; and the
default recipients (GDPR Art. 19, 15(1)(c), 15(2)).

Taken from Cluma's privacy statement (seed/privacyverklaring-cluma-2020.txt);
cluma_dpo.domain.settings turns each into an `access.<part>.<language>` setting.
"""

from __future__ import annotations

from cluma_dpo.domain.recipients import Recipient, Role

LANGUAGES = ("nl", "fr", "en", "de")

# GDPR Art. 15(1)(a), (b), (d), (h) in each letter language, from the privacy statement.
PURPOSES: dict[str, tuple[str, ...]] = {
    "nl": (
        "Onze website aanbieden, laten werken en onderhouden",
        "Onze website verbeteren, op uw voorkeuren afstemmen en uitbreiden",
        "Begrijpen en analyseren hoe u onze website gebruikt",
        "Nieuwe producten, diensten en functies ontwikkelen",
        "Met u communiceren, rechtstreeks of via een van onze partners: voor de klantendienst, "
        "om u op de hoogte te houden van updates en ander nieuws over de website, en voor "
        "marketing en reclame",
        "U e-mails sturen",
        "Fraude opsporen en voorkomen",
    ),
    "fr": (
        "Mise à disposition, exploitation et maintenance de notre site web",
        "Amélioration, personnalisation et développement de notre site web",
        "Compréhension et analyse de la manière dont vous utilisez notre site web",
        "Développement de nouveaux produits, services et fonctionnalités",
        "Communication avec vous, directement ou par l'intermédiaire d'un de nos partenaires, "
        "notamment dans le cadre du service clientèle, pour vous informer des mises à jour et "
        "d'autres informations relatives au site web, et à des fins de marketing et de publicité",
        "Envoi d'e-mails",
        "Détection et prévention de la fraude",
    ),
    "en": (
        "Providing, operating and maintaining our website",
        "Improving, personalising and expanding our website",
        "Understanding and analysing how you use our website",
        "Developing new products, services, features and functionality",
        "Communicating with you, directly or through one of our partners, including for "
        "customer service, to provide you with updates and other information relating to the "
        "website, and for marketing and advertising purposes",
        "Sending you e-mails",
        "Detecting and preventing fraud",
    ),
    "de": (
        "Bereitstellung, Betrieb und Wartung unserer Website",
        "Verbesserung, Personalisierung und Erweiterung unserer Website",
        "Verstehen und Auswerten, wie Sie unsere Website nutzen",
        "Entwicklung neuer Produkte, Dienstleistungen und Funktionen",
        "Kommunikation mit Ihnen, direkt oder über einen unserer Partner, unter anderem im "
        "Rahmen des Kundendienstes, um Ihnen Aktualisierungen und andere Informationen zur "
        "Website zukommen zu lassen, sowie für Marketing- und Werbezwecke",
        "Versand von E-Mails an Sie",
        "Aufdeckung und Verhinderung von Betrug",
    ),
}
CATEGORIES: dict[str, tuple[str, ...]] = {
    "nl": (
        "Voornaam en naam",
        "Bedrijfsnaam",
        "Rechtsvorm van de onderneming",
        "Adres",
        "Telefoonnummer",
        "E-mailadres",
        "Registratienummer",
        "Geboortedatum",
        "Geslacht",
        "Bankgegevens",
        "Btw-nummer",
        "Andere informatie die u ons bezorgt, zoals geüploade bijlagen en de inhoud van uw "
        "berichten",
        "Technische gegevens: IP-adres, type browser en besturingssysteem, locatie van de "
        "computer, hoe lang u op onze website bent en wat u er doet",
    ),
    "fr": (
        "Prénom et nom",
        "Nom de l'entreprise",
        "Forme juridique de l'entreprise",
        "Adresse",
        "Numéro de téléphone",
        "Adresse e-mail",
        "Numéro d'enregistrement",
        "Date de naissance",
        "Genre",
        "Coordonnées bancaires",
        "Numéro de TVA",
        "Toute autre information que vous nous communiquez, comme les pièces jointes "
        "téléversées et le contenu de vos messages",
        "Données techniques : adresse IP, type de navigateur et de système d'exploitation, "
        "localisation de l'ordinateur, temps passé sur notre site web et actions que vous y "
        "effectuez",
    ),
    "en": (
        "First and last name",
        "Company name",
        "Legal form of the company",
        "Address",
        "Telephone number",
        "E-mail address",
        "Registration number",
        "Date of birth",
        "Gender",
        "Bank details",
        "VAT number",
        "Any other information you give us, such as uploaded attachments and the content of "
        "your messages",
        "Technical data: IP address, browser type, operating system, location of the computer, "
        "how long you spend on our website and what you do there",
    ),
    "de": (
        "Vor- und Nachname",
        "Firmenname",
        "Rechtsform des Unternehmens",
        "Adresse",
        "Telefonnummer",
        "E-Mail-Adresse",
        "Registrierungsnummer",
        "Geburtsdatum",
        "Geschlecht",
        "Bankverbindung",
        "Umsatzsteuer-Identifikationsnummer",
        "Sonstige Informationen, die Sie uns übermitteln, etwa hochgeladene Anhänge und der "
        "Inhalt Ihrer Nachrichten",
        "Technische Daten: IP-Adresse, Browsertyp, Betriebssystem, Standort des Computers, wie "
        "lange Sie auf unserer Website sind und was Sie dort tun",
    ),
}
# Art. 15(1)(d): the periods, or the criteria that set them. "All data is erased within 30
# days" (the privacy statement) is not true of invoices, which accounting and VAT law keep
# longer (second reading, finding 24); the law's periods are not spelled out in years here
# (they run from the end of a financial or calendar year and have changed): the DPO may.
RETENTION: dict[str, str] = {
    "nl": "Zolang u een account hebt op de website van Cluma. Wanneer u uw account wist, "
    "verwijderen wij uw gegevens binnen de 30 dagen na uw aanvraag, behalve de facturen en "
    "boekhoudstukken die wij volgens de Belgische boekhoud- en btw-wetgeving langer moeten "
    "bewaren (artikel III.86 van het Wetboek van economisch recht; artikel 60 van het "
    "Btw-wetboek): die bewaren wij zolang die wetgeving het voorschrijft, en wij gebruiken ze "
    "alleen om eraan te voldoen.",
    "fr": "Aussi longtemps que vous disposez d'un compte sur le site web de Cluma. Lorsque vous "
    "supprimez votre compte, nous effaçons vos données dans les 30 jours suivant votre "
    "demande, sauf les factures et pièces comptables que le droit comptable et fiscal belge "
    "nous oblige à conserver plus longtemps (art. III.86 du Code de droit économique ; "
    "art. 60 du Code de la TVA) : nous les conservons le temps prescrit par ce droit et ne "
    "les utilisons que pour le respecter.",
    "en": "As long as you have an account on the Cluma website. When you delete your account, "
    "we erase your data within 30 days of your request, except the invoices and accounting "
    "documents that Belgian accounting and VAT law obliges us to keep for longer (Article "
    "III.86 of the Code of Economic Law; Article 60 of the VAT Code): we keep those for as "
    "long as that law prescribes, and use them only to comply with it.",
    "de": "Solange Sie ein Konto auf der Website von Cluma haben. Wenn Sie Ihr Konto löschen, "
    "löschen wir Ihre Daten innerhalb von 30 Tagen nach Ihrem Antrag, ausgenommen Rechnungen "
    "und Buchhaltungsunterlagen, die wir nach belgischem Buchführungs- und "
    "Mehrwertsteuerrecht länger aufbewahren müssen (Art. III.86 des Wirtschaftsgesetzbuchs; "
    "Art. 60 des Mehrwertsteuergesetzbuchs): Diese bewahren wir so lange auf, wie dieses "
    "Recht es vorschreibt, und verwenden sie nur zu dessen Erfüllung.",
}
AUTOMATED: dict[str, str] = {
    "nl": "Cluma neemt over u geen besluiten die uitsluitend op geautomatiseerde verwerking, "
    "waaronder profilering, berusten en waaraan voor u rechtsgevolgen zijn verbonden of die u "
    "anderszins in aanmerkelijke mate treffen.",
    "fr": "Cluma ne prend à votre égard aucune décision fondée exclusivement sur un traitement "
    "automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou "
    "vous affectant de manière significative de façon similaire.",
    "en": "Cluma does not take decisions about you based solely on automated processing, "
    "including profiling, that produce legal effects concerning you or similarly "
    "significantly affect you.",
    "de": "Cluma trifft keine ausschließlich auf einer automatisierten Verarbeitung – "
    "einschließlich Profiling – beruhenden Entscheidungen über Sie, die Ihnen gegenüber "
    "rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.",
}

# The recipients the privacy statement names, with their public postal addresses. Google
# Analytics and PayPal transfer the data to the United States: GDPR Art. 15(2) wants the
# safeguard named. PayPal decides itself how it processes payment data: a controller.
_DPF = "EU–US Data Privacy Framework"  # a name: the same in every language
RECIPIENTS: tuple[Recipient, ...] = (
    Recipient(
        name="Combell",
        legal_name="Combell NV",
        street="Skaldenstraat 121",
        postcode="9042",
        city="Gent",
        country="BE",
        role=Role.PROCESSOR,
        purpose="hosting, analytics",
        language="nl",
    ),
    Recipient(
        name="Google Analytics",
        legal_name="Google LLC",
        street="1600 Amphitheatre Parkway",
        postcode="94043",
        city="Mountain View, CA",
        country="US",
        role=Role.PROCESSOR,
        purpose="website analytics",
        safeguard=_DPF,
    ),
    Recipient(
        name="PayPal",
        legal_name="PayPal, Inc.",
        street="2211 North First Street",
        postcode="95131",
        city="San Jose, CA",
        country="US",
        role=Role.CONTROLLER,
        purpose="payments",
        safeguard=_DPF,
    ),
    Recipient(
        name="Mollie",
        legal_name="Mollie B.V.",
        street="Keizersgracht 126",
        postcode="1015 CW",
        city="Amsterdam",
        country="NL",
        role=Role.PROCESSOR,
        purpose="payments",
        language="nl",
    ),
)
