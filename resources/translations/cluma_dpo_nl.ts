<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../cluma_dpo/gui/actions.py" line="+58"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a new request</source>
        <translation>Een nieuw verzoek registreren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask for identity information…</source>
        <translation>Identiteitsgegevens &amp;opvragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for identity information; the clock stops</source>
        <translation>Identiteitsgegevens opvragen; de termijn wordt opgeschort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity information &amp;received…</source>
        <translation>Identiteitsgegevens o&amp;ntvangen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity information arrived; the clock runs</source>
        <translation>De identiteitsgegevens zijn binnen; de termijn loopt weer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity &amp;verified…</source>
        <translation>Identiteit &amp;geverifieerd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record how the identity was verified</source>
        <translation>Vastleggen hoe de identiteit werd geverifieerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity check &amp;failed…</source>
        <translation>Identiteitscontrole &amp;mislukt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data subject could not be identified</source>
        <translation>De betrokkene kon niet worden geïdentificeerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Extend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend by two months, with the reasons (Art. 12(3))</source>
        <translation>Met twee maanden verlengen, met opgave van redenen (art. 12 lid 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close with outcome…</source>
        <translation>&amp;Afsluiten met uitkomst…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answer: granted, partly granted or refused</source>
        <translation>Het antwoord vastleggen: ingewilligd, gedeeltelijk ingewilligd of geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdrawn…</source>
        <translation>In&amp;getrokken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data subject withdrew the request</source>
        <translation>De betrokkene heeft het verzoek ingetrokken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ject…</source>
        <translation>Af&amp;wijzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Kennelijk ongegrond of buitensporig (art. 12 lid 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make, print or save a letter</source>
        <translation>Een brief opmaken, afdrukken of bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fee note…</source>
        <translation>&amp;Kostennota…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue a fee note</source>
        <translation>Een kostennota uitschrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark paid…</source>
        <translation>Als betaald &amp;markeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the payment of the open fee note</source>
        <translation>De betaling van de openstaande kostennota vastleggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;register…</source>
        <translation>&amp;Register exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register of requests as an Excel workbook</source>
        <translation>Het register van verzoeken als Excel-werkmap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected request&apos;s file as a PDF</source>
        <translation>Het dossier van het geselecteerde verzoek als pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quarterly report…</source>
        <translation>&amp;Kwartaalrapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management report of a quarter</source>
        <translation>Het rapport voor de directie over een kwartaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the register again</source>
        <translation>Het register opnieuw inlezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide everything and close the database until the passphrase is entered again</source>
        <translation>Alles verbergen en de database sluiten tot de wachtwoordzin opnieuw is ingevoerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;demo data…</source>
        <translation>&amp;Demogegevens openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the program on a separate database of invented requests</source>
        <translation>Het programma uitproberen op een aparte database met verzonnen verzoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s details, the signature, the bank account, the tariff, the recipients and the letter templates</source>
        <translation>De gegevens van de organisatie, de ondertekening, de bankrekening, het tarief, de ontvangers en de briefsjablonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset column &amp;layout</source>
        <translation>&amp;Kolomindeling herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The manual, at this screen</source>
        <translation>De handleiding, bij dit scherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cluma DPO</source>
        <translation>&amp;Over Cluma DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Programma afsluiten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database is locked.</source>
        <translation>De database is vergrendeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request in the list first.</source>
        <translation>Selecteer eerst een verzoek in de lijst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not possible for this request.</source>
        <translation>Niet mogelijk voor dit verzoek.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request has no unpaid fee note.</source>
        <translation>Dit verzoek heeft geen onbetaalde kostennota.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Request</source>
        <translation>&amp;Verzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity</source>
        <translation>&amp;Identiteit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+65"/>
        <source>Identity check steps</source>
        <translation>Stappen van de identiteitscontrole</translation>
    </message>
</context>
<context>
    <name>AttachDrop</name>
    <message>
        <location filename="../../cluma_dpo/gui/mail_drop.py" line="+116"/>
        <source>{0} attached to {1}.</source>
        <translation>{0} toegevoegd aan {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity check is over: if it holds a copy of an identity document, erase that in the Documents tab (Erase as identity document).</source>
        <translation>De identiteitscontrole is voorbij: zit er een kopie van een identiteitsdocument in, wis die dan in het tabblad Documenten (Wissen als identiteitsdocument).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="+168"/>
        <location line="+51"/>
        <source>Make backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>A backup is a complete copy of the database, encrypted with your current passphrase. Keep it somewhere else than this computer (a USB stick, a network drive).</source>
        <translation>Een back-up is een volledige kopie van de database, versleuteld met uw huidige wachtwoordzin. Bewaar ze ergens anders dan op deze computer (een usb-stick, een netwerkschijf).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The changes to the data subject of {0} are not saved, so they are not in the backup. Save them first to include them.</source>
        <translation>De wijzigingen aan de betrokkene van {0} zijn niet bewaard en zitten dus niet in de back-up. Bewaar ze eerst om ze mee te nemen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;file:</source>
        <translation>Back-upbe&amp;stand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;passphrase:</source>
        <translation>Huidige &amp;wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make backup</source>
        <translation>Back-up &amp;maken</translation>
    </message>
</context>
<context>
    <name>ChannelChoice</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/channel_choice.py" line="+26"/>
        <source>— choose —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from the e-mail address typed</source>
        <translation>op basis van het ingevulde e-mailadres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the postal address typed</source>
        <translation>op basis van het ingevulde postadres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chosen {0}; change it if the request came in otherwise.</source>
        <translation>Gekozen {0}; wijzig het als het verzoek anders binnenkwam.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/close.py" line="+38"/>
        <source>What became of each right</source>
        <translation>Wat er met elk recht gebeurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../cluma_dpo/gui/dialogs/close_summary.py" line="+34"/>
        <source>granted in part</source>
        <translation>gedeeltelijk ingewilligd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needed when a right was granted in part; the letter tells the person.</source>
        <translation>Nodig als een recht gedeeltelijk is ingewilligd; de brief zegt het aan de betrokkene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was &amp;done:</source>
        <translation>Wat is er &amp;gedaan:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Tick “{0}” first, or cancel the fee note.</source>
        <translation>Vink eerst “{0}” aan, of annuleer de kostennota.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>(choose the ground)</source>
        <translation>(kies de grond)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compelling legitimate grounds that override the person&apos;s interests</source>
        <translation>Dwingende gerechtvaardigde gronden die zwaarder wegen dan de belangen van de betrokkene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Establishment, exercise or defence of legal claims</source>
        <translation>Instelling, uitoefening of onderbouwing van een rechtsvordering</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ground (Art. 21(1)):</source>
        <translation>Grond (art. 21, lid 1):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept under (Art. 17(3)(b)):</source>
        <translation>Bewaard op grond van (art. 17, lid 3, b):</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>(no legal obligation to keep data)</source>
        <translation>(geen wettelijke bewaarplicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounting (art. III.86 Code of Economic Law)</source>
        <translation>Boekhouding (art. III.86 WER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices (art. 60 VAT Code)</source>
        <translation>Facturen (art. 60 W.btw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social documents (Royal Decree No. 5 of 1978)</source>
        <translation>Sociale documenten (KB nr. 5 van 1978)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept until:</source>
        <translation>Bewaard tot:</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>What was not done, and &amp;why:</source>
        <translation>Wat niet is gedaan, en &amp;waarom:</translation>
    </message>
</context>
<context>
    <name>CloseSummary</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/close_summary.py" line="+4"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>none to tell</source>
        <translation>niemand te informeren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>received {0} · due {1} · closed on {2}</source>
        <translation>ontvangen {0} · uiterlijk {1} · afgesloten op {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request:</source>
        <translation>Verzoek:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee notes:</source>
        <translation>Kostennota&apos;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients (Art. 19):</source>
        <translation>Ontvangers (art. 19):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer letter:</source>
        <translation>Antwoordbrief:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What closing records</source>
        <translation>Wat het afsluiten vastlegt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No answer letter was produced for this request. The person must receive the answer (GDPR Art. 12(3)): make it now under Documents ▸ Letter, or right after closing.</source>
        <translation>Voor dit verzoek is nog geen antwoordbrief gemaakt. De betrokkene moet het antwoord ontvangen (AVG art. 12 lid 3): maak het nu via Documenten ▸ Brief, of meteen na het afsluiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer letter was produced for this request yet. The person must receive the answer (GDPR Art. 12(3)); the answer letter, or the refusal, can be made once the answer is recorded: right after closing.</source>
        <translation>Voor dit verzoek is nog geen antwoordbrief gemaakt. De betrokkene moet het antwoord ontvangen (AVG art. 12 lid 3); de antwoordbrief, of de weigering, kan gemaakt worden zodra het antwoord is vastgelegd: meteen na het afsluiten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Make the answer letter right after closing</source>
        <translation>Meteen na het afsluiten de antwoord&amp;brief maken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fee note not paid: {0}. Closing does not settle it: it stays unpaid in the register. If it is no longer due, cancel it first (Fees tab).</source>
        <translation>Kostennota niet betaald: {0}. Afsluiten regelt ze niet: ze blijft onbetaald in het register. Is ze niet meer verschuldigd, annuleer ze dan eerst (tabblad Kosten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close &amp;with the fee note unpaid</source>
        <translation>Afsluiten &amp;met de kostennota onbetaald</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Record the answer now; I will tell these recipients</source>
        <translation>Het antwoord nu &amp;vastleggen; ik verwittig deze ontvangers</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recipients still to be told (GDPR Art. 19): {0}. The request is not closed: the answer is recorded and the request stays open as answered until each recipient is told or marked not applicable (Recipients tab).</source>
        <translation>Nog te verwittigen ontvangers (AVG art. 19): {0}. Het verzoek wordt niet afgesloten: het antwoord wordt vastgelegd en het verzoek blijft open als beantwoord tot elke ontvanger verwittigd is of als niet van toepassing gemarkeerd (tabblad Ontvangers).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cluma_dpo/gui/commands.py" line="+88"/>
        <location line="+19"/>
        <source>{0} registered.</source>
        <translation>{0} geregistreerd.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Data subject saved; each change is in the timeline.</source>
        <translation>Betrokkene bewaard; elke wijziging staat in de tijdlijn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1} recorded as told.</source>
        <translation>{0}: {1} geregistreerd als geïnformeerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} to be told again.</source>
        <translation>{0}: {1} staat weer open.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Fee note {0} issued.</source>
        <translation>Kostennota {0} uitgeschreven.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save fee note</source>
        <translation>Kostennota bewaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <location line="+19"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Fee note</source>
        <translation>Kostennota</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the register</source>
        <translation>Het register exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Register of requests</source>
        <translation>Register van verzoeken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the dossier</source>
        <translation>Het dossier bewaren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossier {0}</source>
        <translation>Dossier {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the quarterly report</source>
        <translation>Het kwartaalrapport bewaren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarterly report {0}</source>
        <translation>Kwartaalrapport {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Settings saved: %n change(s), each recorded in the audit trail.</source>
        <translation>
            <numerusform>Instellingen bewaard: %n wijziging, vastgelegd in het auditspoor.</numerusform>
            <numerusform>Instellingen bewaard: %n wijzigingen, elk vastgelegd in het auditspoor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Cluma DPO</source>
        <translation>Over Cluma DPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cluma DPO&lt;/b&gt; {0}&lt;br&gt;The rights-request workbench of the data protection officer of Cluma Engineering NV.&lt;br&gt;Every request, letter and step is kept in one encrypted database; the audit trail is hash-chained.</source>
        <translation>&lt;b&gt;Cluma DPO&lt;/b&gt; {0}&lt;br&gt;De werkbank voor de verzoeken van betrokkenen, van de functionaris voor gegevensbescherming van Cluma Engineering NV.&lt;br&gt;Elk verzoek, elke brief en elke stap wordt bewaard in één versleutelde database; het auditspoor is met hashes aaneengeschakeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data is kept in {0}</source>
        <translation>Uw gegevens staan in {0}</translation>
    </message>
</context>
<context>
    <name>DashboardStrip</name>
    <message>
        <location filename="../../cluma_dpo/gui/dashboard.py" line="+66"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due within %n days</source>
        <translation>
            <numerusform>binnen %n dag</numerusform>
            <numerusform>binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for identity</source>
        <translation>wacht op identiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>wacht op betaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open in total</source>
        <translation>open in totaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the open requests whose due date has passed</source>
        <translation>De open verzoeken tonen waarvan de termijn verstreken is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the open requests due within the warning window</source>
        <translation>De open verzoeken tonen die binnen de waarschuwingstermijn vervallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the requests whose clock is paused for identity information</source>
        <translation>De verzoeken tonen waarvan de termijn is opgeschort in afwachting van identiteitsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the requests awaiting a fee payment</source>
        <translation>De verzoeken tonen die wachten op de betaling van kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every open request</source>
        <translation>Alle open verzoeken tonen</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <location filename="../../cluma_dpo/gui/date_fields.py" line="+94"/>
        <source>A date in the future cannot be chosen: today is {0}.</source>
        <translation>Een datum in de toekomst kan niet: vandaag is het {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date cannot be before {0}.</source>
        <translation>De datum kan niet vóór {0} liggen.</translation>
    </message>
</context>
<context>
    <name>DatesBox</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_panel.py" line="+75"/>
        <source>Request and deadlines</source>
        <translation>Verzoek en termijnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights:</source>
        <translation>Rechten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (one month):</source>
        <translation>Uiterlijk (één maand):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Extension:</source>
        <translation>Verlenging:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Company target:</source>
        <translation>Interne streefdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing date:</source>
        <translation>Bepalende datum:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} (Art. {1})</source>
        <translation>{0} (art. {1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused: identity information awaited</source>
        <translation>opgeschort: wacht op identiteitsgegevens</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>until {0} (recorded {1})</source>
        <translation>tot {0} (geregistreerd op {1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decide by {0} (the new deadline would be {1})</source>
        <translation>te beslissen uiterlijk {0} (nieuwe termijn dan {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GDPR Art. 12(3): the time to answer may be extended once, by two further months; the data subject is told why within the first month.</source>
        <translation>AVG art. 12, lid 3: de antwoordtermijn mag één keer met twee maanden worden verlengd; de betrokkene hoort binnen de eerste maand waarom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extend:</source>
        <translation>Verlengen:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>(days overdue: %n)</source>
        <translation>
            <numerusform>(%n dag te laat)</numerusform>
            <numerusform>(%n dagen te laat)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(days left: %n)</source>
        <translation>
            <numerusform>(nog %n dag)</numerusform>
            <numerusform>(nog %n dagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../cluma_dpo/gui/dashboard.py" line="+48"/>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this notice</source>
        <translation>Deze melding verbergen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>te laat: %n</numerusform>
            <numerusform>te laat: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due within {0} days: %n</source>
        <translation>
            <numerusform>binnen {0} dagen te beantwoorden: %n</numerusform>
            <numerusform>binnen {0} dagen te beantwoorden: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>extension to decide within a week: %n</source>
        <translation>
            <numerusform>binnen een week over verlenging te beslissen: %n</numerusform>
            <numerusform>binnen een week over verlenging te beslissen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>fee payments overdue: %n</source>
        <translation>
            <numerusform>betaling van kosten te laat: %n</numerusform>
            <numerusform>betalingen van kosten te laat: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs attention — {0}</source>
        <translation>Vraagt aandacht — {0}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../cluma_dpo/gui/demo.py" line="+146"/>
        <source>Inventing {0} requests…</source>
        <translation>{0} verzoeken verzinnen…</translation>
    </message>
    <message>
        <location filename="../../cluma_dpo/gui/demo_dialog.py" line="+32"/>
        <source>Choose another folder: demo data never goes into your own database.</source>
        <translation>Kies een andere map: demogegevens komen nooit in uw eigen database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder.</source>
        <translation>Dit is een bestand, geen map.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder holds a database that is not demo data; choose a new or empty folder.</source>
        <translation>Deze map bevat een database die geen demogegevens is; kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty; choose a new or empty folder: demo data is never mixed with other files.</source>
        <translation>Deze map is niet leeg; kies een nieuwe of lege map: demogegevens worden nooit met andere bestanden gemengd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo database has its own passphrase, {0}, shown here because it is no secret: the demo holds only invented people. Your own database keeps yours: File ▸ Back to my database asks for it.</source>
        <translation>De demodatabase heeft een eigen wachtwoordzin, {0}, die hier staat omdat ze geen geheim is: de demo bevat alleen verzonnen personen. Uw eigen database houdt de uwe: Bestand&#xa0;▸ Terug naar mijn database vraagt erom.</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location line="+15"/>
        <source>Cluma DPO — demo data</source>
        <translation>Cluma DPO — demogegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invented requests in a separate database, to try every step; your own database is not touched. The folder is made if it does not exist; a demo made earlier in it is opened again.</source>
        <translation>Verzonnen verzoeken in een aparte database, om elke stap uit te proberen; uw eigen database blijft onaangeroerd. De map wordt aangemaakt als ze nog niet bestaat; een demo die er eerder in werd gemaakt, wordt opnieuw geopend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open demo data</source>
        <translation>&amp;Demogegevens openen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a folder for the demo database</source>
        <translation>Kies een map voor de demodatabase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type or choose a folder.</source>
        <translation>Typ of kies een map.</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../cluma_dpo/gui/demo_mode.py" line="+44"/>
        <source>Demo data — nothing here is real</source>
        <translation>Demogegevens — niets hiervan is echt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back to my database</source>
        <translation>Terug naar &amp;mijn database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the demo data and open your own database again</source>
        <translation>De demogegevens sluiten en uw eigen database weer openen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back to your own database: enter its passphrase.</source>
        <translation>Terug naar uw eigen database: voer de wachtwoordzin ervan in.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The screens stay in {0}: this database&apos;s interface language is now {0}.</source>
        <translation>De schermen blijven in het {0}: de interfacetaal van deze database is nu {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the demo: its passphrase is {0}.</source>
        <translation>Dit is de demo: de wachtwoordzin is {0}.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_panel.py" line="+49"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address</source>
        <translation>&amp;Postadres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the reference, name, e-mail address or postal address; the clipboard is cleared after 30 s</source>
        <translation>De referentie, de naam, het e-mailadres of het postadres kopiëren; het klembord wordt na 30 s gewist</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request in the list to see it here.</source>
        <translation>Selecteer een verzoek in de lijst om het hier te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location line="+29"/>
        <source>Recipients (%n)</source>
        <translation>
            <numerusform>Ontvangers (%n)</numerusform>
            <numerusform>Ontvangers (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../cluma_dpo/gui/kept_documents.py" line="+190"/>
        <source>{0}, {1} · made {2} · saved as {3}</source>
        <translation>{0}, {1} · gemaakt {2} · bewaard als {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, {1} · made {2} · not saved</source>
        <translation>{0}, {1} · gemaakt {2} · niet opgeslagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;again…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/documents_tab.py" line="+85"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved as</source>
        <translation>Bewaard als</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters and fee notes are kept in the encrypted database exactly as they were printed or saved: open, print or save them again here.</source>
        <translation>Brieven en kostennota&apos;s worden in de versleutelde database bewaard, precies zoals ze afgedrukt of opgeslagen werden: open, druk af of sla ze hier opnieuw op.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;again…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Use as &amp;identity document…</source>
        <translation>Gebruiken als &amp;identiteitsdocument…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Made by {0}</source>
        <translation>Gemaakt door {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {0}</source>
        <translation>Bewaard als {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed under the retention policy: only the fact that it was made stays.</source>
        <translation>Verwijderd volgens de bewaartermijn: alleen het feit dat het gemaakt werd, blijft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A dossier is made anew each time; only the fact that it was made is kept.</source>
        <translation>Een dossier wordt telkens opnieuw opgemaakt; alleen het feit dat het gemaakt werd, wordt bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made before documents were kept in the database: only the fact is recorded.</source>
        <translation>Gemaakt voordat documenten in de database bewaard werden: alleen het feit is vastgelegd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hand it to the identity check: kept as the copy of an identity document, erased when the check is recorded.</source>
        <translation>Aan de identiteitscontrole geven: bewaard als kopie van een identiteitsdocument, gewist wanneer de controle wordt vastgelegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase as identity document…</source>
        <translation>&amp;Wissen als identiteitsdocument…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity check is over: a copy of an identity document is not kept. Erase it now, with its copy in the e-mail it came with.</source>
        <translation>De identiteitscontrole is voorbij: een kopie van een identiteitsdocument wordt niet bewaard. Wis ze nu, met haar kopie in de e-mail waarmee ze kwam.</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/email_draft.py" line="+43"/>
        <source>Add files to the e-mail</source>
        <translation>Bestanden aan de e-mail toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send by e-mail</source>
        <translation>Versturen per e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: {0}</source>
        <translation>Aan: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter&apos;s PDF is attached. Add the copy of the data you prepared when it goes with this answer (an access request):</source>
        <translation>De pdf van de brief zit als bijlage bij de e-mail. Voeg de kopie van de gegevens toe die u hebt voorbereid, als die bij dit antwoord hoort (een inzageverzoek):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter&apos;s PDF is attached. Other files can be added:</source>
        <translation>De pdf van de brief is bijgevoegd. U kunt andere bestanden toevoegen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncrypt the PDFs</source>
        <translation>&amp;Pdf&apos;s versleutelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For an answer with personal data: the letter and each PDF added get one password, shown once, to give by phone. Only PDFs can be encrypted.</source>
        <translation>Voor een antwoord met persoonsgegevens: de brief en elke toegevoegde pdf krijgen één wachtwoord, één keer getoond, om telefonisch door te geven. Alleen pdf&apos;s kunnen versleuteld worden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Openen in mailprogramma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
</context>
<context>
    <name>EmailSending</name>
    <message>
        <location filename="../../cluma_dpo/gui/send_by_email.py" line="+73"/>
        <source>Send by e-mail</source>
        <translation>Versturen per e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft is open in your mail program. Was the message sent?

Yes records &apos;sent by e-mail&apos; in the request&apos;s timeline. Either way the draft is then deleted from the data folder.</source>
        <translation>Het concept staat open in uw e-mailprogramma. Is het bericht verzonden?

Ja noteert ‘verzonden per e-mail’ in de tijdlijn van het verzoek. Hoe dan ook wordt het concept daarna uit de gegevensmap verwijderd.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Versturen per &amp;e-mail…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An Art. 19 notice goes to the recipient, not to the data subject.</source>
        <translation>Een kennisgeving art. 19 gaat naar de ontvanger, niet naar de betrokkene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the letter first.</source>
        <translation>Maak eerst de brief.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the letter as a ready-to-send e-mail to {0}.</source>
        <translation>De brief openen als verzendklare e-mail aan {0}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save the e-mail</source>
        <translation>E-mail opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail saved as {0}: open it in your mail program to send it.</source>
        <translation>E-mail opgeslagen als {0}: open het in uw mailprogramma om het te versturen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No mail program could open the draft: nothing was sent.</source>
        <translation>Geen e-mailprogramma kon het concept openen: er is niets verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recorded as sent by e-mail; the letter is kept with the request.</source>
        <translation>Niet genoteerd als verzonden per e-mail; de brief blijft bij het verzoek bewaard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as sent by e-mail.</source>
        <translation>Genoteerd als verzonden per e-mail.</translation>
    </message>
</context>
<context>
    <name>FeeNoteDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/fee_note.py" line="+50"/>
        <source>Fee note for {0}</source>
        <translation>Kostennota voor {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on the fee note, which is in {0}: write it in {0}.</source>
        <translation>Staat op de kostennota, die in het {0} is: schrijf het in het {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Issue fee note</source>
        <translation>Kostennota &amp;uitschrijven</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Further copy (Art. 15(3))</source>
        <translation>Bijkomende kopie (art. 15, lid 3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifestly unfounded (Art. 12(5)(a))</source>
        <translation>Kennelijk ongegrond (art. 12, lid 5, a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive (Art. 12(5)(a))</source>
        <translation>Buitensporig (art. 12, lid 5, a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive, because repetitive (Art. 12(5)(a))</source>
        <translation>Buitensporig, want repetitief (art. 12, lid 5, a)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ground:</source>
        <translation>Grond:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Why the request is manifestly unfounded or excessive (printed)</source>
        <translation>Waarom het verzoek kennelijk ongegrond of buitensporig is (wordt afgedrukt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give an amount in euro greater than 0 and at most 1000, e.g. 10.00.</source>
        <translation>Geef een bedrag in euro groter dan 0 en ten hoogste 1000, bv. 10,00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the ground on which the fee is charged.</source>
        <translation>Kies de grond waarop de kosten worden aangerekend.</translation>
    </message>
    <message>
        <location filename="../../ui/fee_note.ui" line="+9"/>
        <source>Fee note</source>
        <translation>Kostennota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GDPR Art. 12(5) and 15(3): a reasonable fee only for further copies or manifestly excessive requests. Tell the person before charging.</source>
        <translation>AVG art. 12 lid 5 en art. 15 lid 3: een redelijke vergoeding alleen voor bijkomende kopieën of kennelijk buitensporige verzoeken. Breng de betrokkene op de hoogte voordat u kosten aanrekent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Amount (EUR incl. VAT):</source>
        <translation>&amp;Bedrag (EUR incl. btw):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the fee note as PDF afterwards</source>
        <translation>De kostennota daarna als pdf bewaren</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="+230"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Uitgeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Payment reference: {0}</source>
        <translation>Gestructureerde mededeling: {0}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Mark &amp;paid…</source>
        <translation>Als betaald &amp;markeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Annuleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>Pdf be&amp;waren…</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../cluma_dpo/gui/file_dialogs.py" line="+31"/>
        <source>acknowledgement</source>
        <translation>ontvangstbevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity-request</source>
        <translation>vraag-identiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension</source>
        <translation>verlenging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusal</source>
        <translation>weigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient-notice</source>
        <translation>kennisgeving-ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal-confirmation</source>
        <translation>bevestiging-intrekking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register-of-requests</source>
        <translation>register-verzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarterly-report</source>
        <translation>kwartaalrapport</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/first_run.py" line="+153"/>
        <source>Connect to the database on the shared server.</source>
        <translation>Verbinding maken met de database op de gedeelde server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database will be created in {0}</source>
        <translation>De database wordt aangemaakt in {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create database</source>
        <translation>Database &amp;aanmaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invented requests in a separate database, to try every step; your own database stays empty. The folder is made if it does not exist.</source>
        <translation>Verzonnen verzoeken in een aparte database, om elke stap uit te proberen; uw eigen database blijft leeg. De map wordt aangemaakt als ze nog niet bestaat.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Choose a folder for the demo database</source>
        <translation>Kies een map voor de demodatabase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+9"/>
        <source>Cluma DPO — first start</source>
        <translation>Cluma DPO — eerste start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where are the requests, letters and audit trail kept?</source>
        <translation>Waar worden de verzoeken, brieven en het auditspoor bewaard?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On &amp;this computer, in an encrypted file</source>
        <translation>Op deze &amp;computer, in een versleuteld bestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a shared ser&amp;ver (PostgreSQL), with colleagues</source>
        <translation>Op een &amp;gedeelde server (PostgreSQL), met collega&apos;s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Nobody can recover it: a lost passphrase means all data in this database is lost. Write it down and keep it locked away.</source>
        <translation>&lt;b&gt;Bewaar deze wachtwoordzin goed.&lt;/b&gt; Niemand kan ze herstellen: een verloren wachtwoordzin betekent dat alle gegevens in deze database verloren zijn. Schrijf ze op en berg ze veilig achter slot op.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/first_run.py" line="-103"/>
        <location filename="../../ui/first_run.ui" line="-228"/>
        <source>Choose the passphrase that opens the encrypted database.</source>
        <translation>Kies de wachtwoordzin die de versleutelde database opent.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+46"/>
        <source>Cluma DPO keeps every request, letter and audit event in one encrypted database on this computer.</source>
        <translation>Cluma DPO bewaart elk verzoek, elke brief en elke auditgebeurtenis in één versleutelde database op deze computer.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The server&apos;s administrator tells you its name, the database and your login. Your password is asked when you connect and is never stored.</source>
        <translation>De beheerder van de server geeft u de naam van de server, de database en uw gebruikersnaam. Uw wachtwoord wordt gevraagd bij het verbinden en nooit bewaard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. db.example.com (empty: this computer)</source>
        <translation>bv. db.example.com (leeg: deze computer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Login:</source>
        <translation>Gebruikers&amp;naam:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-certificaat:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For a server on another computer: the connection is encrypted and the server&apos;s identity is checked with this file. Ask the administrator for it.</source>
        <translation>Voor een server op een andere computer: hiermee wordt de verbinding versleuteld en de identiteit van de server gecontroleerd. Vraag het bestand aan de beheerder.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The controller as it appears on every letter.</source>
        <translation>De verwerkingsverantwoordelijke zoals die op elke brief staat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken from the privacy statement. Check it; you can change it later under File ▸ Settings.</source>
        <translation>Overgenomen uit de privacyverklaring. Controleer de gegevens; u kunt ze later wijzigen via Bestand ▸ Instellingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straat en nummer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postcode and &amp;city:</source>
        <translation>Postcode en &amp;gemeente:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signature</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers the requests and signs the letters.</source>
        <translation>Wie de verzoeken beantwoordt en de brieven ondertekent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Functionaris voor gegevensbescherming:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-&amp;mail of the officer:</source>
        <translation>E-&amp;mail van de functionaris:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name under the &amp;signature:</source>
        <translation>Naam onder de &amp;handtekening:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title under the name:</source>
        <translation>&amp;Titel onder de naam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Data Protection Officer</source>
        <translation>bv. Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For fee notes and their payment QR code (GDPR Art. 15(3)).</source>
        <translation>Voor kostennota&apos;s en hun QR-code voor betaling (AVG art. 15 lid 3).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You may leave it empty and fill it in later under File ▸ Settings. The next step creates the encrypted database and stores these details in it.</source>
        <translation>U mag dit leeg laten en later invullen via Bestand ▸ Instellingen. De volgende stap maakt de versleutelde database aan en bewaart deze gegevens erin.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted database is created. How do you want to begin?</source>
        <translation>De versleutelde database is aangemaakt. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an &amp;empty database</source>
        <translation>Beginnen met een &amp;lege database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main window shows what to do first: register a request (Ctrl+N) as soon as one comes in.</source>
        <translation>Het hoofdvenster toont wat u eerst doet: registreer een verzoek (Ctrl+N) zodra er een binnenkomt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;demo data</source>
        <translation>&amp;Demogegevens openen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+258"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="-171"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on:</source>
        <translation>Gecontroleerd op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document copy:</source>
        <translation>Kopie van het document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock paused:</source>
        <translation>Termijn opgeschort:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stored encrypted; erased when the check ends</source>
        <translation>versleuteld bewaard; gewist zodra de controle afloopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none stored</source>
        <translation>geen bewaard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>since {0} (the clock is stopped)</source>
        <translation>sinds {0} (de termijn staat stil)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{0} – {1} (days: %n)</source>
        <translation>
            <numerusform>{0} – {1} (%n dag)</numerusform>
            <numerusform>{0} – {1} (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>KeptDocumentActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/kept_documents.py" line="+85"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} sent to the printer.</source>
        <translation>{0} naar de printer gestuurd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save again</source>
        <translation>Opnieuw opslaan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use as identity document</source>
        <translation>Gebruiken als identiteitsdocument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {0} to the identity check? It is then kept as the copy of an identity document, no longer with the correspondence, and erased once the check is done.</source>
        <translation>{0} doorgeven aan de identiteitscontrole? Het wordt dan bewaard als kopie van een identiteitsdocument, niet langer bij de correspondentie, en gewist zodra de controle klaar is.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handed to the identity check: {0}.</source>
        <translation>Doorgegeven aan de identiteitscontrole: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase as identity document</source>
        <translation>Wissen als identiteitsdocument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity check of {0} is over, so a copy of an identity document is not kept. Erase {1} now, with its copy in the e-mail it came with? This cannot be undone; the audit trail records it.</source>
        <translation>De identiteitscontrole van {0} is voorbij, dus een kopie van een identiteitsdocument wordt niet bewaard. {1} nu wissen, met de kopie in de e-mail waarmee het kwam? Dit kan niet ongedaan worden gemaakt; het auditspoor legt het vast.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erased as identity document: {0}.</source>
        <translation>Gewist als identiteitsdocument: {0}.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as {0}.</source>
        <translation>Opgeslagen als {0}.</translation>
    </message>
</context>
<context>
    <name>KeptDocuments</name>
    <message>
        <location line="-242"/>
        <source>A letter of this kind exists</source>
        <translation>Er bestaat al een brief van deze soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request already has this letter: {0}, made {1} ({2}). Does the new letter replace it?</source>
        <translation>Dit verzoek heeft deze brief al: {0}, gemaakt {1} ({2}). Vervangt de nieuwe brief hem?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace: the earlier letter is removed from the documents (the timeline keeps that it was made). Keep both: both stay in the documents.</source>
        <translation>Vervangen: de eerdere brief wordt uit de documenten verwijderd (de tijdlijn houdt bij dat hij gemaakt werd). Beide bewaren: beide blijven bij de documenten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide bewaren</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cluma_dpo/gui/labels.py" line="+35"/>
        <source>access</source>
        <translation>inzage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectification</source>
        <translation>rectificatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasure</source>
        <translation>wissing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restriction</source>
        <translation>beperking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objection</source>
        <translation>bezwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portability</source>
        <translation>overdraagbaarheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketing opt-out</source>
        <translation>afmelding marketing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity check</source>
        <translation>identiteitscontrole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting identity</source>
        <translation>wacht op identiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended</source>
        <translation>verlengd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>wacht op betaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web form</source>
        <translation>webformulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>in person</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted</source>
        <translation>ingewilligd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly granted</source>
        <translation>gedeeltelijk ingewilligd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matching account e-mail</source>
        <translation>overeenstemmend e-mailadres van het account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy of an identity document</source>
        <translation>kopie van een identiteitsdocument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known customer</source>
        <translation>gekende klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neutral (not known)</source>
        <translation>neutraal (niet gekend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female: mevrouw, Madame</source>
        <translation>vrouw: mevrouw, Madame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male: de heer, Monsieur</source>
        <translation>man: de heer, Monsieur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information asked; clock paused</source>
        <translation>gegevens opgevraagd; termijn opgeschort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information received, to assess</source>
        <translation>gegevens ontvangen, te beoordelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check failed</source>
        <translation>controle mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed (known account)</source>
        <translation>niet nodig (gekend account)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unpaid</source>
        <translation>onbetaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>vervalt vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>vervalt binnenkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide on extension</source>
        <translation>beslis over verlenging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee payment overdue</source>
        <translation>betaling van kosten te laat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to tell</source>
        <translation>te informeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>told</source>
        <translation>geïnformeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received nothing</source>
        <translation>kreeg geen gegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for identity information</source>
        <translation>Verzoek om identiteitsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension notice</source>
        <translation>Kennisgeving van verlenging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Kennisgeving aan een ontvanger (art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation of withdrawal</source>
        <translation>Bevestiging van intrekking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee note</source>
        <translation>Kostennota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Ander document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request registered</source>
        <translation>Verzoek geregistreerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject edited</source>
        <translation>Betrokkene gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check not needed</source>
        <translation>Identiteitscontrole niet nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity information asked</source>
        <translation>Identiteitsgegevens opgevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity information received</source>
        <translation>Identiteitsgegevens ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verified</source>
        <translation>Identiteit geverifieerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check failed</source>
        <translation>Identiteitscontrole mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document stored</source>
        <translation>Identiteitsdocument bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document erased</source>
        <translation>Identiteitsdocument gewist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient told (Art. 19)</source>
        <translation>Ontvanger geïnformeerd (art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient not applicable</source>
        <translation>Ontvanger niet van toepassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient received nothing</source>
        <translation>Ontvanger kreeg geen gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient to tell again</source>
        <translation>Ontvanger opnieuw te informeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document produced</source>
        <translation>Document gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note issued</source>
        <translation>Kostennota uitgeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Kosten betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note cancelled</source>
        <translation>Kostennota geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the suppression list</source>
        <translation>Op de uitsluitingslijst gezet</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/letter.py" line="+101"/>
        <source>Letter for {0}</source>
        <translation>Brief voor {0}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No preview is available on this system: save the letter and open it.</source>
        <translation>Op dit systeem is geen voorbeeld beschikbaar: bewaar de brief en open hem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing needs Qt&apos;s PDF module; save the letter and print it from a PDF viewer.</source>
        <translation>Afdrukken vraagt de pdf-module van Qt; bewaar de brief en druk hem af vanuit een pdf-lezer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request has no recipients to tell (Art. 19).</source>
        <translation>Dit verzoek heeft geen ontvangers te informeren (art. 19).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The preview shows the letter made before; press Make letter again.</source>
        <translation>Het voorbeeld toont de eerder gemaakte brief; klik opnieuw op Brief maken.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Extension notice after the first month</source>
        <translation>Verlengingsbericht na de eerste maand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first month ended on {0}: GDPR Art. 12(3) asks that the person is told of an extension within it. Make the notice now anyway? It states the day the extension was decided.</source>
        <translation>De eerste maand eindigde op {0}: AVG art. 12, lid 3, vraagt dat de betrokkene binnen die maand over een verlenging wordt ingelicht. Het bericht toch nu maken? Het vermeldt de dag waarop tot verlenging werd beslist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making the letter…</source>
        <translation>De brief wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Look at the letter. It is recorded in the request&apos;s documents as sent once you print or save it.</source>
        <translation>Bekijk de brief. Hij wordt pas als verstuurd bij de documenten van het verzoek bewaard wanneer u hem afdrukt of opslaat.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saved as {0} and recorded in the request&apos;s documents.</source>
        <translation>Opgeslagen als {0} en bij de documenten van het verzoek bewaard.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent to the printer and recorded in the request&apos;s documents.</source>
        <translation>Naar de printer gestuurd en bij de documenten van het verzoek bewaard.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Save letter</source>
        <translation>Brief bewaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="+9"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Make letter</source>
        <translation>Brief &amp;maken</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as…</source>
        <translation>Be&amp;waren als…</translation>
    </message>
</context>
<context>
    <name>LetterTexts</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/letter_texts.py" line="+37"/>
        <source>Texts in the letter</source>
        <translation>Teksten in de brief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was &amp;done:</source>
        <translation>Wat is er &amp;gedaan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;needed (optional):</source>
        <translation>Wat is er &amp;nodig (optioneel):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why the time is extended:</source>
        <translation>&amp;Waarom de termijn wordt verlengd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reasons (what was not done, and why):</source>
        <translation>&amp;Redenen (wat niet is gedaan, en waarom):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recorded in {0}; write it here in {1}.</source>
        <translation>Vastgelegd in het {0}; schrijf het hier in het {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write it in {0}.</source>
        <translation>Schrijf het in het {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Letter in {0}: write these texts in {0}; they are printed as written.</source>
        <translation>Brief in het {0}: schrijf deze teksten in het {0}; ze worden afgedrukt zoals ze er staan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter in {0}.</source>
        <translation>Brief in het {0}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fill in “{0}” in {1} first.</source>
        <translation>Vul eerst „{0}” in, in het {1}.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../cluma_dpo/gui/lock.py" line="+81"/>
        <source>Cluma DPO is locked. The database is closed.</source>
        <translation>Cluma DPO is vergrendeld. De database is gesloten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../cluma_dpo/gui/main.py" line="+95"/>
        <source>Internal error ({0}); details are in the log. Your data is safe.</source>
        <translation>Interne fout ({0}); de details staan in het logboek. Uw gegevens zijn veilig.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cluma DPO opens the shared server {0}, as chosen at an earlier start. You can try again later, or use the encrypted database on this computer from now on (nothing on the server changes).</source>
        <translation>Cluma DPO opent de gedeelde server {0}, zoals bij een vorige start gekozen. U kunt het later opnieuw proberen, of voortaan de versleutelde database op deze computer gebruiken (op de server verandert niets).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &amp;this computer instead</source>
        <translation>Deze &amp;computer gebruiken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cluma_dpo/gui/mainwindow.py" line="+265"/>
        <source>Copied; the clipboard is cleared again in 30 seconds.</source>
        <translation>Gekopieerd; het klembord wordt over 30 seconden weer gewist.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../cluma_dpo/gui/manual.py" line="+158"/>
        <source>Manual — Cluma DPO</source>
        <translation>Handleiding — Cluma DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the manual (Ctrl+F)</source>
        <translation>Zoeken in de handleiding (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the sections holding every word stay in the contents; Enter finds it</source>
        <translation>Alleen de delen met elk woord blijven in de inhoudstafel staan; Enter zoekt het in de tekst</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No section holds “{0}”.</source>
        <translation>Geen enkel deel bevat “{0}”.</translation>
    </message>
</context>
<context>
    <name>MessageRequestDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/message_request.py" line="+55"/>
        <source>Message not read</source>
        <translation>Bericht niet gelezen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New request from a message</source>
        <translation>Nieuw verzoek uit een bericht</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/new_request.py" line="+67"/>
        <source>How the letters address the person; neutral wording when not known.</source>
        <translation>Hoe de brieven de betrokkene aanspreken; neutraal als dat niet gekend is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Form of address:</source>
        <translation>&amp;Aanspreekvorm:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name@example.be</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kachtemsestraat 161 bus 2</source>
        <translation>Kachtemsestraat 161 bus 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The privacy statement promises erasure within 30 days of deleting the account.</source>
        <translation>De privacyverklaring belooft wissing binnen 30 dagen na het verwijderen van het account.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Tick at least one right.</source>
        <translation>Vink minstens één recht aan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the request came in.</source>
        <translation>Kies hoe het verzoek binnenkwam.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a right</source>
        <translation>een recht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel</source>
        <translation>het kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a valid date of receipt</source>
        <translation>een geldige ontvangstdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a valid name</source>
        <translation>een geldige naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a valid e-mail address</source>
        <translation>een geldig e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a complete postal address</source>
        <translation>een volledig postadres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: {0}.</source>
        <translation>Nog nodig: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/new_request.ui" line="+223"/>
        <source>Ctrl+Enter registers the request.</source>
        <translation>Ctrl+Enter registreert het verzoek.</translation>
    </message>
    <message>
        <location filename="../../ui/new_request.ui" line="-214"/>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rights:</source>
        <translation>Rechten:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access (Art. 15)</source>
        <translation>Inzage (art. 15)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectification (Art. 16)</source>
        <translation>Rectificatie (art. 16)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erasure (Art. 17)</source>
        <translation>Wissing (art. 17)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restriction (Art. 18)</source>
        <translation>Beperking (art. 18)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objection (Art. 21(1))</source>
        <translation>Bezwaar (art. 21, lid 1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marketing opt-out (Art. 21(2)–(3))</source>
        <translation>Bezwaar tegen direct marketing (art. 21, lid 2–3)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Portability (Art. 20)</source>
        <translation>Overdraagbaarheid (art. 20)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Erasure after deleting the account (company target: 30 days)</source>
        <translation>Wissing na verwijdering van het account (interne streefdatum: 30 dagen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a known account: no identity check needed</source>
        <translation>Van een gekend account: geen identiteitscontrole nodig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data subject</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straat en nummer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Postcode and city:</source>
        <translation>&amp;Postcode en gemeente:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <location filename="../../cluma_dpo/gui/notices.py" line="+98"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n in totaal</numerusform>
            <numerusform>%n in totaal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared server</source>
        <translation>gedeelde server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database encrypted</source>
        <translation>database versleuteld</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>locks after %n min idle</source>
        <translation>
            <numerusform>vergrendelt na %n min inactiviteit</numerusform>
            <numerusform>vergrendelt na %n min inactiviteit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>locked · database closed</source>
        <translation>vergrendeld · database gesloten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is overdue or due soon.</source>
        <translation>Niets is te laat of vervalt binnenkort.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Check the date</source>
        <translation>Controleer de datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}

The retention policy anonymises requests by the date of this computer, so it has not run. Is today really {1}?</source>
        <translation>{0}

Het bewaarbeleid anonimiseert verzoeken volgens de datum van deze computer, dus het is niet uitgevoerd. Is het vandaag echt {1}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, the date is right</source>
        <translation>Ja, de datum klopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, leave it</source>
        <translation>Nee, laat maar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retention policy</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) finished more than {0} years ago are due for anonymisation (names, contact data and free text removed; this cannot be undone). Anonymise them now?</source>
        <translation>
            <numerusform>%n aanvraag die meer dan {0} jaar geleden werd afgerond, moet geanonimiseerd worden (naam, contactgegevens en vrije tekst verdwijnen; dit kan niet ongedaan worden gemaakt). Nu anonimiseren?</numerusform>
            <numerusform>%n aanvragen die meer dan {0} jaar geleden werden afgerond, moeten geanonimiseerd worden (naam, contactgegevens en vrije tekst verdwijnen; dit kan niet ongedaan worden gemaakt). Nu anonimiseren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Retention policy: %n request(s) finished more than {0} years ago anonymised.</source>
        <translation>
            <numerusform>Bewaarbeleid: %n verzoek dat meer dan {0} jaar geleden werd afgerond, is geanonimiseerd.</numerusform>
            <numerusform>Bewaarbeleid: %n verzoeken die meer dan {0} jaar geleden werden afgerond, zijn geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show Cluma DPO</source>
        <translation>Cluma DPO tonen</translation>
    </message>
</context>
<context>
    <name>ObjectionReviewDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/objections.py" line="+36"/>
        <source>Objections to confirm</source>
        <translation>Te bevestigen bezwaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These requests were registered as an objection before the two kinds were told apart. Say for each which it was: an objection to processing based on legitimate interests (Art. 21(1): one month, weighed against compelling grounds) or an objection to direct marketing (Art. 21(2)–(3): absolute). The suppression list stays as it is.</source>
        <translation>Deze verzoeken werden als bezwaar geregistreerd voordat beide soorten werden onderscheiden. Zeg voor elk welk het was: bezwaar tegen verwerking op grond van gerechtvaardigd belang (art. 21, lid 1: één maand, afgewogen tegen dwingende gronden) of bezwaar tegen direct marketing (art. 21, lid 2–3: absoluut). De uitsluitingslijst blijft zoals ze is.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Art. 21(1) objection</source>
        <translation>Bezwaar art. 21, lid 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing opt-out</source>
        <translation>Direct marketing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>confirmed: Art. 21(1) objection</source>
        <translation>bevestigd: bezwaar art. 21, lid 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed: marketing opt-out</source>
        <translation>bevestigd: bezwaar tegen direct marketing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: confirmed as an Art. 21(1) objection.</source>
        <translation>{0}: bevestigd als bezwaar art. 21, lid 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: confirmed as a marketing opt-out.</source>
        <translation>{0}: bevestigd als bezwaar tegen direct marketing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../cluma_dpo/gui/office.py" line="+84"/>
        <source>Stop using the shared ser&amp;ver…</source>
        <translation>&amp;Gedeelde server niet meer gebruiken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the next start on, open the encrypted database on this computer instead of the shared server</source>
        <translation>Vanaf de volgende start de versleutelde database op deze computer openen in plaats van de gedeelde server</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>assistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>management</source>
        <translation>directie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in to the shared server as {0}</source>
        <translation>Aangemeld op de gedeelde server als {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own password on the shared server</source>
        <translation>Uw eigen wachtwoord op de gedeelde server</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop using the shared server</source>
        <translation>Gedeelde server niet meer gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the next start on, Cluma DPO opens the encrypted database on this computer instead of {0}. Nothing on the server changes, and you stay signed in until you quit. Stop using the server?</source>
        <translation>Vanaf de volgende start opent Cluma DPO de versleutelde database op deze computer in plaats van {0}. Op de server verandert niets, en u blijft aangemeld tot u het programma afsluit. De server niet meer gebruiken?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The next start opens the encrypted database on this computer.</source>
        <translation>De volgende start opent de versleutelde database op deze computer.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The shared server cannot be reached; what you typed stays on the screen. Save it again once the server is back.</source>
        <translation>De gedeelde server is niet bereikbaar; wat u typte blijft op het scherm staan. Bewaar het opnieuw zodra de server terug is.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Read the settings (only a DPO changes them)</source>
        <translation>De instellingen lezen (alleen een DPO wijzigt ze)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The management role reads the register without personal data and the figures (Reports ▸ Quarterly report); it takes no step.</source>
        <translation>De rol directie leest het register zonder persoonsgegevens en de cijfers (Rapporten ▸ Kwartaalrapport); ze zet geen stappen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refusing, rejecting or extending is the DPO&apos;s decision (GDPR Art. 12(3) and (5)); ask the DPO.</source>
        <translation>Weigeren, afwijzen of verlengen is de beslissing van de DPO (AVG art. 12 lid 3 en 5); vraag het aan de DPO.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On a shared server the server&apos;s administrator keeps the backups.</source>
        <translation>Op een gedeelde server maakt de beheerder van de server de back-ups.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assistant role may not restore a backup; on a shared server the server&apos;s administrator keeps the backups.</source>
        <translation>De rol assistent mag geen back-up terugzetten; op een gedeelde server maakt de beheerder van de server de back-ups.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide everything and sign out until your server password is entered again</source>
        <translation>Alles verbergen en afmelden tot uw serverwachtwoord opnieuw is ingevoerd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The management role sees the register without personal data: no name, no detail and no step; the figures are under Reports ▸ Quarterly report.</source>
        <translation>De rol directie ziet het register zonder persoonsgegevens: geen naam, geen details en geen stappen; de cijfers staan onder Rapporten ▸ Kwartaalrapport.</translation>
    </message>
</context>
<context>
    <name>OpenFileActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/open_files.py" line="+44"/>
        <source>Open e-mail &amp;message…</source>
        <translation>&amp;E-mailbericht openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a request from a saved e-mail (.eml or Outlook .msg)</source>
        <translation>Een verzoek registreren vanuit een bewaarde e-mail (.eml of Outlook .msg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach file…</source>
        <translation>Bijlage &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a scanned letter (PDF, JPEG, PNG) or an e-mail with the request</source>
        <translation>Een ingescande brief (PDF, JPEG, PNG) of een e-mail bij het verzoek bewaren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open e-mail message</source>
        <translation>E-mailbericht openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail messages ({0})</source>
        <translation>E-mailberichten ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach file to {0}</source>
        <translation>Bijlage toevoegen aan {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and e-mails ({0})</source>
        <translation>Scans en e-mails ({0})</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/common.py" line="+84"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase may not contain line breaks.</source>
        <translation>De wachtwoordzin mag geen regeleinden bevatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {0} characters ({1} so far).</source>
        <translation>Minstens {0} tekens (nu {1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the same passphrase twice.</source>
        <translation>Typ twee keer dezelfde wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the passphrase.</source>
        <translation>Herhaal de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/passphrase.py" line="+34"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new one:</source>
        <translation>Nieuwe &amp;herhalen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups made before keep the old passphrase: keep the old passphrase as long as you keep those backups. Make a new backup after the change.</source>
        <translation>Eerder gemaakte back-ups houden de oude wachtwoordzin: bewaar de oude wachtwoordzin zolang u die back-ups bewaart. Maak na de wijziging een nieuwe back-up.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the current passphrase.</source>
        <translation>Typ de huidige wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtwoordzin is dezelfde als de huidige.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The current passphrase is not correct.</source>
        <translation>De huidige wachtwoordzin klopt niet.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/send_by_email.py" line="-188"/>
        <source>Password of the PDF</source>
        <translation>Wachtwoord van de PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF in the draft is encrypted with this password. Give it to the person by phone or SMS, never in the same e-mail. It is shown only now and is not kept anywhere.</source>
        <translation>De PDF in het concept is versleuteld met dit wachtwoord. Geef het de persoon telefonisch of per sms door, nooit in dezelfde e-mail. Het wordt alleen nu getoond en nergens bewaard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/i18n.py" line="+46"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuarterDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/quarter.py" line="+27"/>
        <source>Q{0} (months {1}–{2})</source>
        <translation>K{0} (maanden {1}–{2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF with charts</source>
        <translation>Pdf met grafieken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX) with the figures</source>
        <translation>Excel-werkmap (XLSX) met de cijfers</translation>
    </message>
    <message>
        <location filename="../../ui/quarter.ui" line="+9"/>
        <source>Quarterly report</source>
        <translation>Kwartaalrapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/reason.py" line="+152"/>
        <source>Is one of these attachments an identity document? It will be erased now.</source>
        <translation>Is een van deze bijlagen een identiteitsdocument? Het wordt nu gewist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticked: erased with the check, with its copy in the e-mail it came with (GDPR Art. 5(1)(c)). Not ticked: kept with the correspondence.</source>
        <translation>Aangevinkt: gewist met de controle, met de kopie in de e-mail waarmee het kwam (AVG art. 5 lid 1 c). Niet aangevinkt: bewaard bij de correspondentie.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Identity document</source>
        <translation>Identiteitsdocument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)</source>
        <translation>Documenten (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/reason.ui" line="+31"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>optional: a copy of the identity document</source>
        <translation>optioneel: een kopie van het identiteitsdocument</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <location filename="../../cluma_dpo/gui/recipients_editor.py" line="+31"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Juridische naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguard outside the EEA</source>
        <translation>Waarborg buiten de EER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of notices (nl, fr, en, de)</source>
        <translation>Taal van kennisgevingen (nl, fr, en, de)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New recipient</source>
        <translation>Nieuwe ontvanger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>processor</source>
        <translation>verwerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controller</source>
        <translation>verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a recipient</source>
        <translation>Een ontvanger toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the recipient</source>
        <translation>De ontvanger verwijderen</translation>
    </message>
</context>
<context>
    <name>RecipientsTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="+73"/>
        <source>GDPR Art. 19: tell every recipient of the rectification, erasure or restriction, or record why not.</source>
        <translation>AVG art. 19: informeer elke ontvanger over de rectificatie, wissing of beperking, of leg vast waarom niet.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Told</source>
        <translation>&amp;Geïnformeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not applicable…</source>
        <translation>&amp;Niet van toepassing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received n&amp;othing</source>
        <translation>&amp;Kreeg geen gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice &amp;letter…</source>
        <translation>Kennisgevings&amp;brief…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GDPR Art. 19 applies to this request, but no recipients were listed when it was registered (File ▸ Settings ▸ Recipients).</source>
        <translation>AVG art. 19 geldt voor dit verzoek, maar er stonden geen ontvangers in de lijst toen het werd geregistreerd (Bestand ▸ Instellingen ▸ Ontvangers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recipients to tell: Art. 19 applies to rectification, erasure and restriction only.</source>
        <translation>Geen ontvangers te informeren: art. 19 geldt alleen voor rectificatie, wissing en beperking.</translation>
    </message>
</context>
<context>
    <name>RequestListPanel</name>
    <message>
        <location filename="../../cluma_dpo/gui/request_list.py" line="+71"/>
        <location line="+243"/>
        <source>Search name, e-mail, reference…</source>
        <translation>Zoek op naam, e-mail, referentie…</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All rights</source>
        <translation>Alle rechten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this filter</source>
        <translation>Deze filter verwijderen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New request…</source>
        <translation>Nieuw verzoek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo data…</source>
        <translation>Demogegevens openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for identity</source>
        <translation>wacht op identiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>wacht op betaling</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>due within %n days</source>
        <translation>
            <numerusform>binnen %n dag</numerusform>
            <numerusform>binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>card: {0}</source>
        <translation>kaart: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status: {0}</source>
        <translation>status: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right: {0}</source>
        <translation>recht: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search: “{0}”</source>
        <translation>zoekterm: ‘{0}’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request matches all of these filters:</source>
        <translation>Geen enkel verzoek voldoet aan al deze filters:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No search: the management role reads the register without personal data</source>
        <translation>Niet zoeken: de rol directie leest het register zonder persoonsgegevens</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;No requests yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register the first request as soon as one comes in (Ctrl+N), or try the program on demo data first.&lt;/p&gt;&lt;p&gt;The organisation&apos;s details, your signature, the bank account and the letter templates are under File ▸ Settings (Ctrl+,).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nog geen verzoeken.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registreer het eerste verzoek zodra er een binnenkomt (Ctrl+N), of probeer het programma eerst uit op demogegevens.&lt;/p&gt;&lt;p&gt;De gegevens van de organisatie, uw handtekening, de bankrekening en de briefsjablonen vindt u onder Bestand ▸ Instellingen (Ctrl+,).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../cluma_dpo/gui/models/requests_model.py" line="+40"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paused</source>
        <translation>opgeschort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(anonymised)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="+55"/>
        <location line="+56"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Restoring replaces the database by a backup. The current database is first kept as a safety copy in {0}; what was recorded after the backup was made is not in the backup.</source>
        <translation>Terugzetten vervangt de database door een back-up. De huidige database wordt eerst als reservekopie bewaard in {0}; wat na het maken van de back-up werd vastgelegd, staat niet in de back-up.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;file:</source>
        <translation>Back-upbe&amp;stand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Wachtwoordzin van de back-up:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the backup was made with: the current one, unless it was changed after the backup.</source>
        <translation>De wachtwoordzin waarmee de back-up gemaakt werd: de huidige, tenzij ze na de back-up gewijzigd werd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check backup</source>
        <translation>Back-up &amp;controleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace the current database by this backup</source>
        <translation>De huidige database &amp;vervangen door deze back-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>This backup holds %n request(s); its last entry dates from {0}.</source>
        <translation>
            <numerusform>Deze back-up bevat %n verzoek; de laatste registratie dateert van {0}.</numerusform>
            <numerusform>Deze back-up bevat %n verzoeken; de laatste registratie dateert van {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its audit trail is intact (%n event(s)).</source>
        <translation>
            <numerusform>Het auditspoor is intact (%n gebeurtenis).</numerusform>
            <numerusform>Het auditspoor is intact (%n gebeurtenissen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/safety_actions.py" line="+58"/>
        <location line="+76"/>
        <source>Make &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>An encrypted copy of the whole database, to keep elsewhere</source>
        <translation>Een versleutelde kopie van de hele database, om elders te bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore bac&amp;kup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database by a backup (the current one is kept as a copy)</source>
        <translation>De database vervangen door een back-up (de huidige wordt als kopie bewaard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt the database with a new passphrase</source>
        <translation>De database versleutelen met een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backup yet</source>
        <translation>Nog geen back-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last backup: {0}</source>
        <translation>Laatste back-up: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backup of this database has been made yet.</source>
        <translation>Van deze database werd nog geen back-up gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>De laatste back-up werd %n dag geleden gemaakt.</numerusform>
            <numerusform>De laatste back-up werd %n dagen geleden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a backup now, and keep it somewhere else than this computer.</source>
        <translation>Maak nu een back-up en bewaar ze ergens anders dan op deze computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup saved as {0}</source>
        <translation>Back-up bewaard als {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup was restored; the window shows it now.</source>
        <translation>De back-up is teruggezet; het venster toont hem nu.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The backup {0} was restored: %n request(s).</source>
        <translation>
            <numerusform>De back-up {0} is teruggezet: %n verzoek.</numerusform>
            <numerusform>De back-up {0} is teruggezet: %n verzoeken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {0} was restored.</source>
        <translation>De back-up {0} is teruggezet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window shows it now. The database as it was before the restore is kept as a safety copy in {0}.</source>
        <translation>Het venster toont hem nu. De database zoals hij vóór het terugzetten was, wordt als reservekopie bewaard in {0}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password changed. Sign in with the new one from now on.</source>
        <translation>Wachtwoord gewijzigd. Meld u voortaan aan met het nieuwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase changed. The program&apos;s own safety copies use it too; backups made before keep the old passphrase.</source>
        <translation>Wachtwoordzin gewijzigd. De eigen veiligheidskopieën van het programma gebruiken ze ook; eerder gemaakte back-ups houden de oude wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="-309"/>
        <source>Cluma DPO backup (*.db)</source>
        <translation>Cluma DPO-back-up (*.db)</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/server_choice.py" line="+81"/>
        <source>The server&apos;s CA certificate</source>
        <translation>Het CA-certificaat van de server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} is another computer: choose the file of the server&apos;s CA certificate, so that the connection is encrypted and the server is the right one. Its administrator can give it to you.</source>
        <translation>{0} is een andere computer: kies het bestand met het CA-certificaat van de server, zodat de verbinding versleuteld is en zeker de juiste server bereikt. De beheerder kan het u geven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no file {0}.</source>
        <translation>Het bestand {0} bestaat niet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A password does not belong in the login or the host: leave it out. Connect asks for it, and it is never stored.</source>
        <translation>Een wachtwoord hoort niet in de gebruikersnaam of de host: laat het weg. Verbinden vraagt erom, en het wordt nooit bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is the server&apos;s name or address, or a folder on this computer: without spaces and without @, ? or #.</source>
        <translation>De host is de naam of het adres van de server, of een map op deze computer: zonder spaties en zonder @, ? of #.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the database and your login.</source>
        <translation>Vul de database en uw gebruikersnaam in.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The database {0} on the server has not been set up for Cluma DPO yet. Ask the server&apos;s administrator to set it up, as the owner of the database, and to give your login a role (DPO, assistant or management); then connect again.</source>
        <translation>De database {0} op de server is nog niet ingericht voor Cluma DPO. Vraag de beheerder van de server om ze in te richten, als eigenaar van de database, en om uw gebruikersnaam een rol te geven (DPO, assistent of directie); maak daarna opnieuw verbinding.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {0} on the server was made by an older version of Cluma DPO. Ask the server&apos;s administrator to bring it up to date, as its owner; then connect again.</source>
        <translation>De database {0} op de server is gemaakt door een oudere versie van Cluma DPO. Vraag de beheerder van de server om ze bij te werken, als eigenaar; maak daarna opnieuw verbinding.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/passphrase.py" line="+32"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password on the shared server changes now, and your key to the documents with it. Sign in with the new one from now on; if your computer keeps the password for you (a password file), change it there too.</source>
        <translation>Uw wachtwoord op de gedeelde server wijzigt nu, en uw sleutel tot de documenten mee. Meld u voortaan aan met het nieuwe; bewaart uw computer het wachtwoord voor u (een wachtwoordbestand), wijzig het daar ook.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange password</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the current password.</source>
        <translation>Typ het huidige wachtwoord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new password is the same as the current one.</source>
        <translation>Het nieuwe wachtwoord is hetzelfde als het huidige.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is not correct.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
</context>
<context>
    <name>SettingFields</name>
    <message>
        <location filename="../../cluma_dpo/gui/setting_fields.py" line="+42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straat en nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (ISO code):</source>
        <translation>&amp;Land (ISO-code):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Functionaris voor gegevensbescherming:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail of the officer:</source>
        <translation>E-&amp;mail van de functionaris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name under the &amp;signature:</source>
        <translation>Naam onder de &amp;handtekening:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title under the name:</source>
        <translation>&amp;Titel onder de naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>Standaard&amp;taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope &amp;window:</source>
        <translation>&amp;Venster van de envelop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee for a further copy (EUR):</source>
        <translation>&amp;Vergoeding voor een bijkomende kopie (EUR):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;AT rate (%):</source>
        <translation>&amp;Btw-tarief (%):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients (Art. 19)</source>
        <translation>Ontvangers (art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources (Art. 15(1)(g))</source>
        <translation>Bronnen (art. 15 lid 1 g)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the clock while identity information is awaited</source>
        <translation>&amp;Termijn opschorten zolang er op identiteitsgegevens wordt gewacht</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Days to pay a fee note:</source>
        <translation>Betalings&amp;termijn van een kostennota (dagen):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn before a due date (days):</source>
        <translation>&amp;Waarschuwen vóór een vervaldag (dagen):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock when idle for (minutes):</source>
        <translation>&amp;Vergrendelen na inactiviteit (minuten):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to make a &amp;backup after (days, 0 = never):</source>
        <translation>Herinneren aan een &amp;back-up na (dagen, 0 = nooit):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the program&apos;s safety &amp;copies after (days):</source>
        <translation>&amp;Veiligheidskopieën van het programma verwijderen na (dagen):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anonymise finished requests after (years):</source>
        <translation>&amp;Afgeronde verzoeken anonimiseren na (jaren):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Names and e-mail addresses in the quarterly report&apos;s workbook</source>
        <translation>&amp;Namen en e-mailadressen in de werkmap van het kwartaalrapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;reminder before a due date (days):</source>
        <translation>Herinnering in de &amp;agenda vóór een termijn (dagen):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names of data subjects in the &amp;calendar</source>
        <translation>Namen van betrokkenen in de a&amp;genda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;file kept up to date (.ics, empty: none):</source>
        <translation>&amp;Agendabestand dat bijgewerkt blijft (.ics, leeg: geen):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the &amp;screens:</source>
        <translation>Taal van de &amp;schermen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes (a)</source>
        <translation>Doeleinden (a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data (b)</source>
        <translation>Categorieën van gegevens (b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period (d):</source>
        <translation>Bewaartermijn (d):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decisions (h):</source>
        <translation>Geautomatiseerde besluiten (h):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left (DIN 5008)</source>
        <translation>links (DIN 5008)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} must be a text of at most {1} characters, on one line; it cannot be empty.</source>
        <translation>{0} moet een tekst van hoogstens {1} tekens op één regel zijn; het veld mag niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a text of at most {1} characters, on one line.</source>
        <translation>{0} moet een tekst van hoogstens {1} tekens op één regel zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a whole number from {1} to {2}.</source>
        <translation>{0} moet een geheel getal van {1} tot {2} zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} must be a number greater than {1} and at most {2}, with at most {3} decimals.</source>
        <translation>{0} moet een getal groter dan {1} en hoogstens {2} zijn, met hoogstens {3} decimalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} must be a number from {1} to {2}, with at most {3} decimals.</source>
        <translation>{0} moet een getal van {1} tot {2} zijn, met hoogstens {3} decimalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} may hold at most {1} items of at most {2} characters each, without line breaks.</source>
        <translation>{0} mag hoogstens {1} items van elk hoogstens {2} tekens bevatten, zonder regeleinden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: each recipient needs a name; the country is a two-letter ISO code (e.g. BE, US); a recipient outside the EEA needs a safeguard; no name twice; at most {1}.</source>
        <translation>{0}: elke ontvanger heeft een naam nodig; het land is een ISO-code van twee letters (bv. BE, US); een ontvanger buiten de EER heeft een waarborg nodig; geen naam twee keer; hoogstens {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be one of: {1}.</source>
        <translation>{0} moet een van de volgende waarden zijn: {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be on or off.</source>
        <translation>{0} moet aan of uit staan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} must be a valid IBAN (e.g. BE71 0961 2345 6769), or empty.</source>
        <translation>{0} moet een geldig IBAN zijn (bv. BE71 0961 2345 6769), of leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a valid BIC of 8 or 11 characters (e.g. GEBABEBB), or empty.</source>
        <translation>{0} moet een geldige BIC van 8 of 11 tekens zijn (bv. GEBABEBB), of leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a valid Belgian VAT number (e.g. BE 0403.019.261), or empty.</source>
        <translation>{0} moet een geldig Belgisch btw-nummer zijn (bv. BE 0403.019.261), of leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a valid e-mail address (e.g. info@cluma.com).</source>
        <translation>{0} moet een geldig e-mailadres zijn (bv. info@cluma.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a two-letter ISO 3166 country code (e.g. BE, NL, FR).</source>
        <translation>{0} moet een landcode van twee letters volgens ISO 3166 zijn (bv. BE, NL, FR).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add an item</source>
        <translation>Een item toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the item</source>
        <translation>Het item verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/settings.py" line="+88"/>
        <source>Calendar file kept up to date</source>
        <translation>Bijgehouden agendabestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a DPO changes the settings; your role reads them.</source>
        <translation>Alleen een DPO wijzigt de instellingen; uw rol leest ze.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where the calendar file is kept</source>
        <translation>Kies waar het agendabestand wordt bijgehouden</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Correct the marked fields first: {0}.</source>
        <translation>Verbeter eerst de gemarkeerde velden: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+9"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The controller as it appears on every letter and fee note.</source>
        <translation>De verwerkingsverantwoordelijke zoals die op elke brief en kostennota staat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Officer &amp;&amp; letters</source>
        <translation>Functionaris &amp;&amp; brieven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who signs the letters, and how they are laid out.</source>
        <translation>Wie de brieven ondertekent, en hoe ze worden opgemaakt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bank &amp;&amp; fees</source>
        <translation>Bank &amp;&amp; kosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account printed on fee notes and in their payment QR code, and the tariff for a further copy of the data (GDPR Art. 15(3)).</source>
        <translation>De rekening op kostennota&apos;s en in hun QR-code voor betaling, en het tarief voor een bijkomende kopie van de gegevens (AVG art. 15 lid 3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recipients &amp;&amp; sources</source>
        <translation>Ontvangers &amp;&amp; bronnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients are told of every rectification, erasure or restriction (GDPR Art. 19); sources are named in the answer to an access request when the data did not come from the data subject. Double-click an item to edit it.</source>
        <translation>Ontvangers worden ingelicht over elke rectificatie, wissing of beperking (AVG art. 19); bronnen worden vermeld in het antwoord op een inzageverzoek wanneer de gegevens niet van de betrokkene zelf komen. Dubbelklik op een item om het te bewerken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access information</source>
        <translation>Inzage-informatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What an answer to an access request tells the data subject (GDPR Art. 15(1)), in each letter language.</source>
        <translation>Wat een antwoord op een inzageverzoek de betrokkene meedeelt (AVG art. 15 lid 1), in elke brieftaal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Brieftaal:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deadlines &amp;&amp; security</source>
        <translation>Termijnen &amp;&amp; beveiliging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When to warn, whether the clock stops while identity information is awaited (EDPB Guidelines 01/2022, §5.3), when the program locks itself, how long finished requests are kept, and the language of the screens.</source>
        <translation>Wanneer te waarschuwen, of de termijn stilstaat zolang er op identiteitsgegevens wordt gewacht (EDPB-richtsnoeren 01/2022, §5.3), wanneer het programma zichzelf vergrendelt, hoe lang afgeronde verzoeken bewaard blijven, en de taal van de schermen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters are made from templates, one per kind and language. Editing one makes your own copy in the data folder, which takes the place of the shipped one; resetting deletes your copy.</source>
        <translation>Brieven worden gemaakt uit sjablonen, één per soort en taal. Wie er een bewerkt, krijgt een eigen kopie in de gegevensmap, die de meegeleverde vervangt; herstellen verwijdert uw kopie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter l&amp;anguage:</source>
        <translation>Brief&amp;taal:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open to edit</source>
        <translation>&amp;Openen/bewerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to the shipped one…</source>
        <translation>&amp;Herstellen naar het meegeleverde…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../cluma_dpo/gui/steps.py" line="+48"/>
        <source>GDPR Art. 12(3): the time to answer may be extended once, by two further months, when the request is complex or numerous. The data subject must be told why within the first month.

Due now: {0}. Extended: {1}.</source>
        <translation>AVG art. 12 lid 3: de antwoordtermijn mag één keer met twee maanden worden verlengd, wanneer het verzoek complex is of er veel verzoeken zijn. De betrokkene moet binnen de eerste maand te horen krijgen waarom.

Uiterlijk nu: {0}. Na verlenging: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extend {0}</source>
        <translation>{0} verlengen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend</source>
        <translation>&amp;Verlengen</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+57"/>
        <source>Close {0}</source>
        <translation>{0} afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record how the request was answered. A refusal or a partial grant needs the reasons the data subject is told (GDPR Art. 12(4)).</source>
        <translation>Leg vast hoe het verzoek werd beantwoord. Een weigering of gedeeltelijke inwilliging vraagt de redenen die de betrokkene te horen krijgt (AVG art. 12 lid 4).</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+57"/>
        <source>&amp;Close request</source>
        <translation>Verzoek &amp;afsluiten</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>{0}: extended; the new deadline is {1}.</source>
        <translation>{0}: verlengd; de nieuwe termijn is {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason told to the data subject (in {0}):</source>
        <translation>Reden die de betrokkene te horen krijgt (in het {0}):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer is recorded: {0}. Close the request once every recipient is told (GDPR Art. 19); the recorded answer stays as it is.</source>
        <translation>Het antwoord is vastgelegd: {0}. Sluit het verzoek af zodra elke ontvanger op de hoogte is gebracht (art. 19 AVG); het vastgelegde antwoord blijft zoals het is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: closed.</source>
        <translation>{0}: afgesloten.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{0}: answer recorded ({1}).</source>
        <translation>{0}: antwoord vastgelegd ({1}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Reasons:</source>
        <translation>Redenen:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Withdrawal of {0}</source>
        <translation>Intrekking van {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data subject withdrew the request. Nothing more will be done.</source>
        <translation>De betrokkene heeft het verzoek ingetrokken. Er wordt niets meer ondernomen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;withdrawal</source>
        <translation>&amp;Intrekking vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: recorded as withdrawn.</source>
        <translation>{0}: vastgelegd als ingetrokken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional):</source>
        <translation>Notitie (optioneel):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reject {0}</source>
        <translation>{0} afwijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 12(5): a manifestly unfounded or excessive request may be refused. The company must be able to show why: record the reasons.</source>
        <translation>AVG art. 12 lid 5: een kennelijk ongegrond of buitensporig verzoek mag worden geweigerd. Het bedrijf moet kunnen aantonen waarom: leg de redenen vast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground:</source>
        <translation>Grond:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose the ground)</source>
        <translation>(kies de grond)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifestly unfounded</source>
        <translation>Kennelijk ongegrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive</source>
        <translation>Buitensporig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excessive, because of its repetitive character</source>
        <translation>Buitensporig, door het repetitieve karakter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: rejected (Art. 12(5)).</source>
        <translation>{0}: afgewezen (art. 12, lid 5).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for identity information</source>
        <translation>Identiteitsgegevens opvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 12(6): ask only what removes a reasonable doubt. The clock stops from the day you ask until the information arrives (EDPB 01/2022 §5.3).</source>
        <translation>AVG art. 12 lid 6: vraag alleen wat een redelijke twijfel wegneemt. De termijn staat stil vanaf de dag waarop u vraagt tot de gegevens binnen zijn (EDPB 01/2022, §5.3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+119"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>{0}: identity information asked; the clock stops.</source>
        <translation>{0}: identiteitsgegevens gevraagd; de termijn staat stil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is needed (optional, in {0}):</source>
        <translation>Wat is er nodig (optioneel, in het {0}):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity information received</source>
        <translation>Identiteitsgegevens ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock runs again from this day. A copy of an identity document is stored encrypted and erased as soon as the check ends.</source>
        <translation>De termijn loopt weer vanaf deze dag. Een kopie van een identiteitsdocument wordt versleuteld bewaard en gewist zodra de controle afloopt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: identity information received; the clock runs again.</source>
        <translation>{0}: identiteitsgegevens ontvangen; de termijn loopt weer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Erased as identity document: {0}.</source>
        <translation>Gewist als identiteitsdocument: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity verified</source>
        <translation>Identiteit geverifieerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was the identity of the data subject established?</source>
        <translation>Hoe werd de identiteit van de betrokkene vastgesteld?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified</source>
        <translation>&amp;Geverifieerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: identity verified ({1}).</source>
        <translation>{0}: identiteit geverifieerd ({1}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity check failed</source>
        <translation>Identiteitscontrole mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 11(2), 12(2): the data subject could not be identified. Close the request as refused afterwards, with the reasons.</source>
        <translation>AVG art. 11 lid 2 en art. 12 lid 2: de betrokkene kon niet worden geïdentificeerd. Sluit het verzoek daarna af als geweigerd, met de redenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;failure</source>
        <translation>&amp;Mislukking vastleggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: identity check failed.</source>
        <translation>{0}: identiteitscontrole mislukt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Reason (optional):</source>
        <translation>Reden (optioneel):</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fee note {0} paid</source>
        <translation>Kostennota {0} betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note {0} of {1}, reference {2}.</source>
        <translation>Kostennota {0} van {1}, mededeling {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;paid</source>
        <translation>Als &amp;betaald markeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee note {0} marked paid.</source>
        <translation>Kostennota {0} als betaald gemarkeerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel fee note {0}</source>
        <translation>Kostennota {0} annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee note stays in the register as cancelled.</source>
        <translation>De kostennota blijft als geannuleerd in het register staan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;fee note</source>
        <translation>Kostennota &amp;annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee note {0} cancelled.</source>
        <translation>Kostennota {0} geannuleerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient not applicable</source>
        <translation>Ontvanger niet van toepassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telling {0} proves impossible or involves disproportionate effort (GDPR Art. 19). The answer letter says so.</source>
        <translation>{0} informeren blijkt onmogelijk of vergt een onevenredige inspanning (AVG art. 19). De antwoordbrief vermeldt dat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} recorded as not applicable.</source>
        <translation>{0}: {1} vastgelegd als niet van toepassing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../cluma_dpo/gui/subject_editor.py" line="+61"/>
        <source>Data subject</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;traat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Postcode, city:</source>
        <translation>&amp;Postcode, gemeente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Form of address:</source>
        <translation>&amp;Aanspreekvorm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/task.py" line="+44"/>
        <source>Making {0}…</source>
        <translation>{0} wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as {0}</source>
        <translation>Bewaard als {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved.</source>
        <translation>Er werd niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/task.ui" line="+41"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/templates_tab.py" line="+29"/>
        <source>Words around every letter (salutation, closing)</source>
        <translation>Woorden rond elke brief (aanhef, slot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared sections</source>
        <translation>Gedeelde secties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording of every letter (catalogue)</source>
        <translation>Formulering van elke brief (catalogus)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reset template</source>
        <translation>Sjabloon herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your copy of “{0}” and use the shipped template again? Your changes to it are lost.</source>
        <translation>Uw kopie van ‘{0}’ verwijderen en opnieuw het meegeleverde sjabloon gebruiken? Uw wijzigingen eraan gaan verloren.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>your copy: {0}</source>
        <translation>uw kopie: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipped</source>
        <translation>meegeleverd</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Opened {0}. Save it in the editor; the next letter uses it.</source>
        <translation>{0} geopend. Bewaar het bestand in de editor; de volgende brief gebruikt het.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No editor could be started; edit {0} yourself.</source>
        <translation>Er kon geen editor worden gestart; bewerk {0} zelf.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The shipped template applies again.</source>
        <translation>Het meegeleverde sjabloon geldt weer.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../cluma_dpo/gui/timeline.py" line="+23"/>
        <source>via the app</source>
        <translation>via de app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via the command line</source>
        <translation>via de opdrachtregel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="+127"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/unlock.py" line="+46"/>
        <source>Cluma DPO is locked. Enter the passphrase to continue.</source>
        <translation>Cluma DPO is vergrendeld. Voer de wachtwoordzin in om verder te gaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluma DPO — sign in</source>
        <translation>Cluma DPO — aanmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluma DPO is locked. Enter your server password to continue.</source>
        <translation>Cluma DPO is vergrendeld. Voer uw serverwachtwoord in om verder te gaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the shared server with your password.</source>
        <translation>Meld u aan op de gedeelde server met uw wachtwoord.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login: {0}</source>
        <translation>Gebruiker: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: {0}, database {1}</source>
        <translation>Server: {0}, database {1}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Server &amp;password:</source>
        <translation>Server&amp;wachtwoord:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use &amp;this computer instead</source>
        <translation>Deze &amp;computer gebruiken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this server: from now on Cluma DPO opens the encrypted database on this computer. Nothing on the server changes.</source>
        <translation>Deze server vergeten: voortaan opent Cluma DPO de versleutelde database op deze computer. Op de server verandert niets.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="+9"/>
        <source>Cluma DPO — unlock</source>
        <translation>Cluma DPO — ontgrendelen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is encrypted. Enter the passphrase to open it.</source>
        <translation>De database is versleuteld. Voer de wachtwoordzin in om ze te openen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../cluma_dpo/gui/unsaved.py" line="+26"/>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>&amp;Niet bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard the new request?</source>
        <translation>Het nieuwe verzoek weggooien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you filled in is not registered. Discard it?</source>
        <translation>Wat u hebt ingevuld, is niet geregistreerd. Weggooien?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <comment>throw the filled-in form away</comment>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder invullen</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location line="+29"/>
        <source>The changes to the data subject of {0} are not saved yet. Save them?</source>
        <translation>De wijzigingen aan de betrokkene van {0} zijn nog niet bewaard. Bewaren?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The unsaved changes to {0} were dropped: another database was opened.</source>
        <translation>De niet-bewaarde wijzigingen aan {0} zijn vervallen: er werd een andere database geopend.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes to {0} kept; save or undo them.</source>
        <translation>Wijzigingen aan {0} behouden; bewaar ze of maak ze ongedaan.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The data of {0} changed in the meantime (a restore, or a change made elsewhere): your unsaved changes to it were dropped.</source>
        <translation>De gegevens van {0} zijn intussen gewijzigd (een teruggezette back-up of een wijziging elders): uw niet-bewaarde wijzigingen daaraan zijn weggegooid.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The changes to the data subject of {0} are not saved; unlock first to save them. Close and discard them?</source>
        <translation>De wijzigingen aan de betrokkene van {0} zijn niet bewaard; ontgrendel eerst om ze te bewaren. Afsluiten en ze weggooien?</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../cluma_dpo/gui/workers.py" line="+28"/>
        <source>The file could not be written: {0}</source>
        <translation>Het bestand kon niet worden geschreven: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal error ({0}); details are in the log.</source>
        <translation>Interne fout ({0}); de details staan in het logboek.</translation>
    </message>
</context>
</TS>
