<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../cluma_dpo/gui/actions.py" line="+58"/>
        <source>&amp;New request…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a new request</source>
        <translation>Einen neuen Antrag erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask for identity information…</source>
        <translation>Identitätsangaben an&amp;fordern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for identity information; the clock stops</source>
        <translation>Identitätsangaben anfordern; die Frist ist gehemmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity information &amp;received…</source>
        <translation>Identitätsangaben &amp;erhalten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity information arrived; the clock runs</source>
        <translation>Die Identitätsangaben sind eingegangen; die Frist läuft weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity &amp;verified…</source>
        <translation>Identität &amp;bestätigt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record how the identity was verified</source>
        <translation>Erfassen, wie die Identität geprüft wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity check &amp;failed…</source>
        <translation>Identitätsprüfung &amp;gescheitert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data subject could not be identified</source>
        <translation>Die betroffene Person konnte nicht identifiziert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Extend…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend by two months, with the reasons (Art. 12(3))</source>
        <translation>Um zwei Monate verlängern, mit Angabe der Gründe (Art. 12 Abs. 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close with outcome…</source>
        <translation>&amp;Abschließen mit Ergebnis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answer: granted, partly granted or refused</source>
        <translation>Die Antwort erfassen: stattgegeben, teilweise stattgegeben oder abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Zurückgezogen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data subject withdrew the request</source>
        <translation>Die betroffene Person hat den Antrag zurückgezogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ject…</source>
        <translation>Zur&amp;ückweisen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Offenkundig unbegründet oder exzessiv (Art. 12 Abs. 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make, print or save a letter</source>
        <translation>Einen Brief erstellen, drucken oder speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fee note…</source>
        <translation>&amp;Gebührenrechnung…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue a fee note</source>
        <translation>Eine Gebührenrechnung ausstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark paid…</source>
        <translation>Als be&amp;zahlt markieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the payment of the open fee note</source>
        <translation>Die Zahlung der offenen Gebührenrechnung erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;register…</source>
        <translation>&amp;Register exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register of requests as an Excel workbook</source>
        <translation>Das Register der Anträge als Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected request&apos;s file as a PDF</source>
        <translation>Das Dossier des ausgewählten Antrags als PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quarterly report…</source>
        <translation>&amp;Quartalsbericht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management report of a quarter</source>
        <translation>Der Bericht für die Geschäftsleitung über ein Quartal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the register again</source>
        <translation>Das Register neu einlesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide everything and close the database until the passphrase is entered again</source>
        <translation>Alles ausblenden und die Datenbank schließen, bis die Passphrase erneut eingegeben wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;demo data…</source>
        <translation>&amp;Demodaten öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the program on a separate database of invented requests</source>
        <translation>Das Programm an einer separaten Datenbank mit erfundenen Anträgen ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s details, the signature, the bank account, the tariff, the recipients and the letter templates</source>
        <translation>Die Angaben der Organisation, die Unterschrift, das Bankkonto, der Tarif, die Empfänger und die Briefvorlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset column &amp;layout</source>
        <translation>Spalten&amp;layout zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The manual, at this screen</source>
        <translation>Das Handbuch, bei diesem Bildschirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cluma DPO</source>
        <translation>&amp;Über Cluma DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database is locked.</source>
        <translation>Die Datenbank ist gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request in the list first.</source>
        <translation>Wählen Sie zuerst einen Antrag in der Liste aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not possible for this request.</source>
        <translation>Für diesen Antrag nicht möglich.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request has no unpaid fee note.</source>
        <translation>Dieser Antrag hat keine unbezahlte Gebührenrechnung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Request</source>
        <translation>&amp;Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity</source>
        <translation>&amp;Identität</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Documents</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+65"/>
        <source>Identity check steps</source>
        <translation>Schritte der Identitätsprüfung</translation>
    </message>
</context>
<context>
    <name>AttachDrop</name>
    <message>
        <location filename="../../cluma_dpo/gui/mail_drop.py" line="+116"/>
        <source>{0} attached to {1}.</source>
        <translation>{0} an {1} angehängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity check is over: if it holds a copy of an identity document, erase that in the Documents tab (Erase as identity document).</source>
        <translation>Die Identitätsprüfung ist vorbei: Enthält es eine Kopie eines Ausweisdokuments, löschen Sie diese im Reiter Dokumente (Als Ausweisdokument löschen).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="+168"/>
        <location line="+51"/>
        <source>Make backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>A backup is a complete copy of the database, encrypted with your current passphrase. Keep it somewhere else than this computer (a USB stick, a network drive).</source>
        <translation>Eine Sicherung ist eine vollständige Kopie der Datenbank, verschlüsselt mit Ihrer aktuellen Passphrase. Bewahren Sie sie an einem anderen Ort als auf diesem Computer auf (USB-Stick, Netzlaufwerk).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The changes to the data subject of {0} are not saved, so they are not in the backup. Save them first to include them.</source>
        <translation>Die Änderungen an der betroffenen Person von {0} sind nicht gespeichert und daher nicht in der Sicherung. Speichern Sie sie zuerst, um sie einzuschließen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;passphrase:</source>
        <translation>Aktuelle &amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make backup</source>
        <translation>Sicherung &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>ChannelChoice</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/channel_choice.py" line="+26"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from the e-mail address typed</source>
        <translation>nach der eingegebenen E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the postal address typed</source>
        <translation>nach der eingegebenen Postanschrift</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chosen {0}; change it if the request came in otherwise.</source>
        <translation>Gewählt {0}; ändern Sie es, wenn der Antrag anders einging.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/close.py" line="+38"/>
        <source>What became of each right</source>
        <translation>Was aus jedem Recht geworden ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../cluma_dpo/gui/dialogs/close_summary.py" line="+34"/>
        <source>granted in part</source>
        <translation>teilweise stattgegeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needed when a right was granted in part; the letter tells the person.</source>
        <translation>Nötig, wenn einem Recht teilweise stattgegeben wurde; der Brief teilt es der betroffenen Person mit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was &amp;done:</source>
        <translation>Was &amp;getan wurde:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Tick “{0}” first, or cancel the fee note.</source>
        <translation>Kreuzen Sie zuerst „{0}“ an, oder stornieren Sie die Gebührenrechnung.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>(choose the ground)</source>
        <translation>(Grund wählen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compelling legitimate grounds that override the person&apos;s interests</source>
        <translation>Zwingende schutzwürdige Gründe, die die Interessen der Person überwiegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Establishment, exercise or defence of legal claims</source>
        <translation>Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ground (Art. 21(1)):</source>
        <translation>Grund (Art. 21 Abs. 1):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept under (Art. 17(3)(b)):</source>
        <translation>Aufbewahrt nach (Art. 17 Abs. 3 lit. b):</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>(no legal obligation to keep data)</source>
        <translation>(keine gesetzliche Aufbewahrungspflicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounting (art. III.86 Code of Economic Law)</source>
        <translation>Buchführung (Art. III.86 Wirtschaftsgesetzbuch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices (art. 60 VAT Code)</source>
        <translation>Rechnungen (Art. 60 MwSt.-Gesetzbuch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social documents (Royal Decree No. 5 of 1978)</source>
        <translation>Sozialdokumente (KE Nr. 5 von 1978)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept until:</source>
        <translation>Aufbewahrt bis:</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>What was not done, and &amp;why:</source>
        <translation>Was nicht getan wurde, und &amp;warum:</translation>
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
        <translation>keine</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>none to tell</source>
        <translation>niemand zu informieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>received {0} · due {1} · closed on {2}</source>
        <translation>Eingang {0} · fällig {1} · abgeschlossen am {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request:</source>
        <translation>Antrag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee notes:</source>
        <translation>Gebührenrechnungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients (Art. 19):</source>
        <translation>Empfänger (Art. 19):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer letter:</source>
        <translation>Antwortschreiben:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What closing records</source>
        <translation>Was der Abschluss festhält</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No answer letter was produced for this request. The person must receive the answer (GDPR Art. 12(3)): make it now under Documents ▸ Letter, or right after closing.</source>
        <translation>Für diesen Antrag wurde noch kein Antwortschreiben erstellt. Die Person muss die Antwort erhalten (DSGVO Art. 12 Abs. 3): erstellen Sie es jetzt unter Dokumente ▸ Brief oder gleich nach dem Abschließen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer letter was produced for this request yet. The person must receive the answer (GDPR Art. 12(3)); the answer letter, or the refusal, can be made once the answer is recorded: right after closing.</source>
        <translation>Für diesen Antrag wurde noch kein Antwortschreiben erstellt. Die Person muss die Antwort erhalten (DSGVO Art. 12 Abs. 3); das Antwortschreiben oder die Ablehnung kann erstellt werden, sobald die Antwort erfasst ist: gleich nach dem Abschließen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Make the answer letter right after closing</source>
        <translation>Gleich nach dem Abschließen das Antwort&amp;schreiben erstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fee note not paid: {0}. Closing does not settle it: it stays unpaid in the register. If it is no longer due, cancel it first (Fees tab).</source>
        <translation>Gebührenrechnung nicht bezahlt: {0}. Das Abschließen erledigt sie nicht: sie bleibt im Register unbezahlt. Ist sie nicht mehr geschuldet, stornieren Sie sie zuerst (Registerkarte Entgelte).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close &amp;with the fee note unpaid</source>
        <translation>Mit &amp;unbezahlter Gebührenrechnung abschließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Record the answer now; I will tell these recipients</source>
        <translation>Die Antwort jetzt &amp;erfassen; ich benachrichtige diese Empfänger</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recipients still to be told (GDPR Art. 19): {0}. The request is not closed: the answer is recorded and the request stays open as answered until each recipient is told or marked not applicable (Recipients tab).</source>
        <translation>Noch zu benachrichtigende Empfänger (DSGVO Art. 19): {0}. Der Antrag wird nicht abgeschlossen: Die Antwort wird erfasst, und der Antrag bleibt als beantwortet offen, bis jeder Empfänger benachrichtigt oder als nicht zutreffend markiert ist (Registerkarte Empfänger).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cluma_dpo/gui/commands.py" line="+88"/>
        <location line="+19"/>
        <source>{0} registered.</source>
        <translation>{0} erfasst.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Data subject saved; each change is in the timeline.</source>
        <translation>Betroffene Person gespeichert; jede Änderung steht im Verlauf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1} recorded as told.</source>
        <translation>{0}: {1} als informiert erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} to be told again.</source>
        <translation>{0}: {1} ist wieder zu informieren.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Fee note {0} issued.</source>
        <translation>Gebührenrechnung {0} ausgestellt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save fee note</source>
        <translation>Gebührenrechnung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <location line="+19"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Fee note</source>
        <translation>Gebührenrechnung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the register</source>
        <translation>Das Register exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Register of requests</source>
        <translation>Register der Anträge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the dossier</source>
        <translation>Das Dossier speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossier {0}</source>
        <translation>Dossier {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the quarterly report</source>
        <translation>Den Quartalsbericht speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarterly report {0}</source>
        <translation>Quartalsbericht {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Settings saved: %n change(s), each recorded in the audit trail.</source>
        <translation>
            <numerusform>Einstellungen gespeichert: %n Änderung, im Prüfprotokoll erfasst.</numerusform>
            <numerusform>Einstellungen gespeichert: %n Änderungen, jede im Prüfprotokoll erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Cluma DPO</source>
        <translation>Über Cluma DPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cluma DPO&lt;/b&gt; {0}&lt;br&gt;The rights-request workbench of the data protection officer of Cluma Engineering NV.&lt;br&gt;Every request, letter and step is kept in one encrypted database; the audit trail is hash-chained.</source>
        <translation>&lt;b&gt;Cluma DPO&lt;/b&gt; {0}&lt;br&gt;Die Arbeitsumgebung des Datenschutzbeauftragten von Cluma Engineering NV für die Anträge betroffener Personen.&lt;br&gt;Jeder Antrag, jeder Brief und jeder Schritt wird in einer einzigen verschlüsselten Datenbank aufbewahrt; das Prüfprotokoll ist durch Hashwerte verkettet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data is kept in {0}</source>
        <translation>Ihre Daten werden hier aufbewahrt: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardStrip</name>
    <message>
        <location filename="../../cluma_dpo/gui/dashboard.py" line="+66"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due within %n days</source>
        <translation>
            <numerusform>fällig binnen %n Tag</numerusform>
            <numerusform>fällig binnen %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for identity</source>
        <translation>wartet auf Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>wartet auf Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open in total</source>
        <translation>offen insgesamt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the open requests whose due date has passed</source>
        <translation>Die offenen Anträge anzeigen, deren Frist abgelaufen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the open requests due within the warning window</source>
        <translation>Die offenen Anträge anzeigen, die innerhalb der Vorwarnzeit fällig werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the requests whose clock is paused for identity information</source>
        <translation>Die Anträge anzeigen, deren Frist wegen fehlender Identitätsangaben gehemmt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the requests awaiting a fee payment</source>
        <translation>Die Anträge anzeigen, die auf die Zahlung eines Entgelts warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every open request</source>
        <translation>Alle offenen Anträge anzeigen</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <location filename="../../cluma_dpo/gui/date_fields.py" line="+94"/>
        <source>A date in the future cannot be chosen: today is {0}.</source>
        <translation>Ein Datum in der Zukunft ist nicht möglich: Heute ist der {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date cannot be before {0}.</source>
        <translation>Das Datum darf nicht vor dem {0} liegen.</translation>
    </message>
</context>
<context>
    <name>DatesBox</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_panel.py" line="+75"/>
        <source>Request and deadlines</source>
        <translation>Antrag und Fristen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Received:</source>
        <translation>Eingegangen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights:</source>
        <translation>Rechte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (one month):</source>
        <translation>Fällig (ein Monat):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Extension:</source>
        <translation>Verlängerung:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Company target:</source>
        <translation>Interne Zielfrist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing date:</source>
        <translation>Maßgebliches Datum:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} (Art. {1})</source>
        <translation>{0} (Art. {1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused: identity information awaited</source>
        <translation>gehemmt: Identitätsangaben ausstehend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>until {0} (recorded {1})</source>
        <translation>bis {0} (erfasst am {1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decide by {0} (the new deadline would be {1})</source>
        <translation>zu entscheiden bis spätestens {0} (neue Frist dann {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GDPR Art. 12(3): the time to answer may be extended once, by two further months; the data subject is told why within the first month.</source>
        <translation>DSGVO Art. 12 Abs. 3: Die Antwortfrist kann einmal um zwei Monate verlängert werden; die betroffene Person erfährt die Gründe innerhalb des ersten Monats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extend:</source>
        <translation>Verlängern:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>(days overdue: %n)</source>
        <translation>
            <numerusform>(%n Tag überfällig)</numerusform>
            <numerusform>(%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(days left: %n)</source>
        <translation>
            <numerusform>(noch %n Tag)</numerusform>
            <numerusform>(noch %n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../cluma_dpo/gui/dashboard.py" line="+48"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>überfällig: %n</numerusform>
            <numerusform>überfällig: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due within {0} days: %n</source>
        <translation>
            <numerusform>fällig binnen {0} Tagen: %n</numerusform>
            <numerusform>fällig binnen {0} Tagen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>extension to decide within a week: %n</source>
        <translation>
            <numerusform>Verlängerung binnen einer Woche zu entscheiden: %n</numerusform>
            <numerusform>Verlängerung binnen einer Woche zu entscheiden: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>fee payments overdue: %n</source>
        <translation>
            <numerusform>Zahlung eines Entgelts überfällig: %n</numerusform>
            <numerusform>Zahlungen von Entgelten überfällig: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs attention — {0}</source>
        <translation>Erfordert Aufmerksamkeit — {0}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../cluma_dpo/gui/demo.py" line="+146"/>
        <source>Inventing {0} requests…</source>
        <translation>{0} Anträge werden erfunden…</translation>
    </message>
    <message>
        <location filename="../../cluma_dpo/gui/demo_dialog.py" line="+32"/>
        <source>Choose another folder: demo data never goes into your own database.</source>
        <translation>Wählen Sie einen anderen Ordner: Demodaten kommen nie in Ihre eigene Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder.</source>
        <translation>Dies ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder holds a database that is not demo data; choose a new or empty folder.</source>
        <translation>Dieser Ordner enthält eine Datenbank, die keine Demodaten sind; wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty; choose a new or empty folder: demo data is never mixed with other files.</source>
        <translation>Dieser Ordner ist nicht leer; wählen Sie einen neuen oder leeren Ordner: Demodaten werden nie mit anderen Dateien vermischt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo database has its own passphrase, {0}, shown here because it is no secret: the demo holds only invented people. Your own database keeps yours: File ▸ Back to my database asks for it.</source>
        <translation>Die Demodatenbank hat eine eigene Passphrase, {0}, die hier steht, weil sie kein Geheimnis ist: Die Demo enthält nur erfundene Personen. Ihre eigene Datenbank behält Ihre: Datei&#xa0;▸ Zurück zu meiner Datenbank fragt danach.</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location line="+15"/>
        <source>Cluma DPO — demo data</source>
        <translation>Cluma DPO — Demodaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invented requests in a separate database, to try every step; your own database is not touched. The folder is made if it does not exist; a demo made earlier in it is opened again.</source>
        <translation>Erfundene Anträge in einer separaten Datenbank, um jeden Schritt auszuprobieren; Ihre eigene Datenbank bleibt unberührt. Der Ordner wird angelegt, wenn er noch nicht existiert; eine früher darin angelegte Demo wird wieder geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open demo data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a folder for the demo database</source>
        <translation>Wählen Sie einen Ordner für die Demodatenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type or choose a folder.</source>
        <translation>Geben Sie einen Ordner ein oder wählen Sie einen.</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../cluma_dpo/gui/demo_mode.py" line="+44"/>
        <source>Demo data — nothing here is real</source>
        <translation>Demodaten — nichts davon ist echt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back to my database</source>
        <translation>&amp;Zurück zu meiner Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the demo data and open your own database again</source>
        <translation>Die Demodaten schließen und Ihre eigene Datenbank wieder öffnen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back to your own database: enter its passphrase.</source>
        <translation>Zurück zu Ihrer eigenen Datenbank: Geben Sie deren Passphrase ein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The screens stay in {0}: this database&apos;s interface language is now {0}.</source>
        <translation>Die Bildschirme bleiben auf {0}: Die Oberflächensprache dieser Datenbank ist jetzt {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the demo: its passphrase is {0}.</source>
        <translation>Dies ist die Demo: Die Passphrase lautet {0}.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_panel.py" line="+49"/>
        <source>&amp;Reference</source>
        <translation>&amp;Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address</source>
        <translation>&amp;Postanschrift</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the reference, name, e-mail address or postal address; the clipboard is cleared after 30 s</source>
        <translation>Das Aktenzeichen, den Namen, die E-Mail-Adresse oder die Postanschrift kopieren; die Zwischenablage wird nach 30 s geleert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Entgelte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request in the list to see it here.</source>
        <translation>Wählen Sie einen Antrag in der Liste aus, um ihn hier zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location line="+29"/>
        <source>Recipients (%n)</source>
        <translation>
            <numerusform>Empfänger (%n)</numerusform>
            <numerusform>Empfänger (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../cluma_dpo/gui/kept_documents.py" line="+190"/>
        <source>{0}, {1} · made {2} · saved as {3}</source>
        <translation>{0}, {1} · erstellt {2} · gespeichert als {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, {1} · made {2} · not saved</source>
        <translation>{0}, {1} · erstellt {2} · nicht gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;again…</source>
        <translation>Erneut s&amp;peichern…</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/documents_tab.py" line="+85"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters and fee notes are kept in the encrypted database exactly as they were printed or saved: open, print or save them again here.</source>
        <translation>Briefe und Gebührenrechnungen werden in der verschlüsselten Datenbank genau so aufbewahrt, wie sie gedruckt oder gespeichert wurden: Hier können Sie sie öffnen, drucken oder erneut speichern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;again…</source>
        <translation>Erneut s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Use as &amp;identity document…</source>
        <translation>Als &amp;Ausweisdokument verwenden…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Made by {0}</source>
        <translation>Erstellt von {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {0}</source>
        <translation>Gespeichert als {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed under the retention policy: only the fact that it was made stays.</source>
        <translation>Nach der Aufbewahrungsfrist entfernt: Nur die Tatsache, dass es erstellt wurde, bleibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A dossier is made anew each time; only the fact that it was made is kept.</source>
        <translation>Ein Dossier wird jedes Mal neu erstellt; nur die Tatsache, dass es erstellt wurde, wird aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made before documents were kept in the database: only the fact is recorded.</source>
        <translation>Erstellt, bevor Dokumente in der Datenbank aufbewahrt wurden: Nur die Tatsache ist erfasst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hand it to the identity check: kept as the copy of an identity document, erased when the check is recorded.</source>
        <translation>An die Identitätsprüfung übergeben: als Kopie eines Ausweisdokuments aufbewahrt, gelöscht, wenn die Prüfung erfasst wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase as identity document…</source>
        <translation>Als Ausweisdokument &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity check is over: a copy of an identity document is not kept. Erase it now, with its copy in the e-mail it came with.</source>
        <translation>Die Identitätsprüfung ist vorbei: Eine Kopie eines Ausweisdokuments wird nicht aufbewahrt. Löschen Sie sie jetzt, mit ihrer Kopie in der E-Mail, mit der sie kam.</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/email_draft.py" line="+43"/>
        <source>Add files to the e-mail</source>
        <translation>Dateien zur E-Mail hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: {0}</source>
        <translation>An: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter&apos;s PDF is attached. Add the copy of the data you prepared when it goes with this answer (an access request):</source>
        <translation>Das PDF des Briefes ist angehängt. Fügen Sie die vorbereitete Kopie der Daten hinzu, wenn sie zu dieser Antwort gehört (ein Auskunftsantrag):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter&apos;s PDF is attached. Other files can be added:</source>
        <translation>Das PDF des Briefs ist angehängt. Weitere Dateien können hinzugefügt werden:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncrypt the PDFs</source>
        <translation>PDFs &amp;verschlüsseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For an answer with personal data: the letter and each PDF added get one password, shown once, to give by phone. Only PDFs can be encrypted.</source>
        <translation>Für eine Antwort mit personenbezogenen Daten: Der Brief und jedes hinzugefügte PDF erhalten ein Passwort, einmal angezeigt, telefonisch weiterzugeben. Nur PDFs können verschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open in mail program</source>
        <translation>Im Mail&amp;programm öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
</context>
<context>
    <name>EmailSending</name>
    <message>
        <location filename="../../cluma_dpo/gui/send_by_email.py" line="+73"/>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft is open in your mail program. Was the message sent?

Yes records &apos;sent by e-mail&apos; in the request&apos;s timeline. Either way the draft is then deleted from the data folder.</source>
        <translation>Der Entwurf ist in Ihrem E-Mail-Programm geöffnet. Wurde die Nachricht gesendet?

Ja vermerkt „per E-Mail versandt“ im Verlauf des Antrags. In jedem Fall wird der Entwurf danach aus dem Datenordner gelöscht.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Per &amp;E-Mail senden…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An Art. 19 notice goes to the recipient, not to the data subject.</source>
        <translation>Eine Mitteilung nach Art. 19 geht an den Empfänger, nicht an die betroffene Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the letter first.</source>
        <translation>Erstellen Sie zuerst den Brief.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the letter as a ready-to-send e-mail to {0}.</source>
        <translation>Den Brief als versandfertige E-Mail an {0} öffnen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save the e-mail</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail (*.eml)</source>
        <translation>E-Mail (*.eml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail saved as {0}: open it in your mail program to send it.</source>
        <translation>E-Mail gespeichert als {0}: Öffnen Sie sie in Ihrem Mailprogramm, um sie zu senden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No mail program could open the draft: nothing was sent.</source>
        <translation>Kein E-Mail-Programm konnte den Entwurf öffnen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recorded as sent by e-mail; the letter is kept with the request.</source>
        <translation>Nicht als per E-Mail versandt vermerkt; der Brief bleibt beim Antrag gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as sent by e-mail.</source>
        <translation>Als per E-Mail versandt vermerkt.</translation>
    </message>
</context>
<context>
    <name>FeeNoteDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/fee_note.py" line="+50"/>
        <source>Fee note for {0}</source>
        <translation>Gebührenrechnung für {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on the fee note, which is in {0}: write it in {0}.</source>
        <translation>Steht auf der Gebührenrechnung, die auf {0} ist: Schreiben Sie es auf {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Issue fee note</source>
        <translation>Gebührenrechnung &amp;ausstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Further copy (Art. 15(3))</source>
        <translation>Weitere Kopie (Art. 15 Abs. 3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifestly unfounded (Art. 12(5)(a))</source>
        <translation>Offenkundig unbegründet (Art. 12 Abs. 5 lit. a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive (Art. 12(5)(a))</source>
        <translation>Exzessiv (Art. 12 Abs. 5 lit. a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive, because repetitive (Art. 12(5)(a))</source>
        <translation>Exzessiv wegen Wiederholung (Art. 12 Abs. 5 lit. a)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ground:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Why the request is manifestly unfounded or excessive (printed)</source>
        <translation>Warum der Antrag offenkundig unbegründet oder exzessiv ist (wird gedruckt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give an amount in euro greater than 0 and at most 1000, e.g. 10.00.</source>
        <translation>Geben Sie einen Betrag in Euro größer als 0 und höchstens 1000 an, z. B. 10,00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the ground on which the fee is charged.</source>
        <translation>Wählen Sie den Grund, aus dem das Entgelt verlangt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/fee_note.ui" line="+9"/>
        <source>Fee note</source>
        <translation>Gebührenrechnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GDPR Art. 12(5) and 15(3): a reasonable fee only for further copies or manifestly excessive requests. Tell the person before charging.</source>
        <translation>Art. 12 Abs. 5 und Art. 15 Abs. 3 DSGVO: ein angemessenes Entgelt nur für weitere Kopien oder offenkundig exzessive Anträge. Informieren Sie die betroffene Person, bevor Sie Kosten berechnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Amount (EUR incl. VAT):</source>
        <translation>&amp;Betrag (EUR inkl. MwSt.):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the fee note as PDF afterwards</source>
        <translation>Die Gebührenrechnung anschließend als PDF speichern</translation>
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
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Payment reference: {0}</source>
        <translation>Strukturierte Mitteilung: {0}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Mark &amp;paid…</source>
        <translation>Als &amp;bezahlt markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF s&amp;peichern…</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../cluma_dpo/gui/file_dialogs.py" line="+31"/>
        <source>acknowledgement</source>
        <translation>eingangsbestaetigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity-request</source>
        <translation>identitaetsnachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension</source>
        <translation>verlaengerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusal</source>
        <translation>ablehnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient-notice</source>
        <translation>mitteilung-empfaenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal-confirmation</source>
        <translation>bestaetigung-ruecknahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register-of-requests</source>
        <translation>antragsregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier</source>
        <translation>akte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarterly-report</source>
        <translation>quartalsbericht</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/first_run.py" line="+153"/>
        <source>Connect to the database on the shared server.</source>
        <translation>Mit der Datenbank auf dem gemeinsamen Server verbinden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database will be created in {0}</source>
        <translation>Die Datenbank wird in {0} angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create database</source>
        <translation>Datenbank &amp;anlegen</translation>
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
        <translation>Erfundene Anträge in einer separaten Datenbank, um jeden Schritt auszuprobieren; Ihre eigene Datenbank bleibt leer. Der Ordner wird angelegt, wenn er noch nicht existiert.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Choose a folder for the demo database</source>
        <translation>Wählen Sie einen Ordner für die Demodatenbank</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+9"/>
        <source>Cluma DPO — first start</source>
        <translation>Cluma DPO — erster Start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/first_run.py" line="-103"/>
        <location filename="../../ui/first_run.ui" line="+1"/>
        <source>Choose the passphrase that opens the encrypted database.</source>
        <translation>Wählen Sie die Passphrase, mit der die verschlüsselte Datenbank geöffnet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+22"/>
        <source>Where are the requests, letters and audit trail kept?</source>
        <translation>Wo werden die Anträge, Briefe und das Prüfprotokoll aufbewahrt?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On &amp;this computer, in an encrypted file</source>
        <translation>Auf diesem &amp;Computer, in einer verschlüsselten Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a shared ser&amp;ver (PostgreSQL), with colleagues</source>
        <translation>Auf einem &amp;gemeinsamen Server (PostgreSQL), mit Kollegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cluma DPO keeps every request, letter and audit event in one encrypted database on this computer.</source>
        <translation>Cluma DPO bewahrt jeden Antrag, jeden Brief und jeden Protokolleintrag in einer einzigen verschlüsselten Datenbank auf diesem Computer auf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Nobody can recover it: a lost passphrase means all data in this database is lost. Write it down and keep it locked away.</source>
        <translation>&lt;b&gt;Bewahren Sie diese Passphrase sicher auf.&lt;/b&gt; Niemand kann sie wiederherstellen: Mit einer verlorenen Passphrase sind alle Daten dieser Datenbank verloren. Schreiben Sie sie auf und verwahren Sie sie unter Verschluss.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server&apos;s administrator tells you its name, the database and your login. Your password is asked when you connect and is never stored.</source>
        <translation>Server, Datenbank und Benutzernamen erfahren Sie von der Administration des Servers. Ihr Passwort wird beim Verbinden abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. db.example.com (empty: this computer)</source>
        <translation>z. B. db.example.com (leer: dieser Computer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Login:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For a server on another computer: the connection is encrypted and the server&apos;s identity is checked with this file. Ask the administrator for it.</source>
        <translation>Für einen Server auf einem anderen Computer: Damit wird die Verbindung verschlüsselt und die Identität des Servers geprüft. Fragen Sie die Administration nach der Datei.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The controller as it appears on every letter.</source>
        <translation>Der Verantwortliche, wie er auf jedem Brief steht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken from the privacy statement. Check it; you can change it later under File ▸ Settings.</source>
        <translation>Aus der Datenschutzerklärung übernommen. Prüfen Sie die Angaben; Sie können sie später unter Datei ▸ Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straße und Hausnummer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postcode and &amp;city:</source>
        <translation>PLZ und &amp;Ort:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;MwSt.-Nummer:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers the requests and signs the letters.</source>
        <translation>Wer die Anträge beantwortet und die Briefe unterschreibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Datenschutzbeauftragter:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-&amp;mail of the officer:</source>
        <translation>E-&amp;Mail des Beauftragten:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name under the &amp;signature:</source>
        <translation>Name unter der &amp;Unterschrift:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title under the name:</source>
        <translation>&amp;Titel unter dem Namen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Data Protection Officer</source>
        <translation>z. B. Datenschutzbeauftragter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For fee notes and their payment QR code (GDPR Art. 15(3)).</source>
        <translation>Für Gebührenrechnungen und ihren QR-Code zur Zahlung (Art. 15 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You may leave it empty and fill it in later under File ▸ Settings. The next step creates the encrypted database and stores these details in it.</source>
        <translation>Sie können dies leer lassen und später unter Datei ▸ Einstellungen ausfüllen. Der nächste Schritt legt die verschlüsselte Datenbank an und speichert diese Angaben darin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted database is created. How do you want to begin?</source>
        <translation>Die verschlüsselte Datenbank ist angelegt. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an &amp;empty database</source>
        <translation>Mit einer &amp;leeren Datenbank beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main window shows what to do first: register a request (Ctrl+N) as soon as one comes in.</source>
        <translation>Das Hauptfenster zeigt, was zuerst zu tun ist: Erfassen Sie einen Antrag (Strg+N), sobald einer eingeht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;demo data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+258"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
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
        <translation>Geprüft am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document copy:</source>
        <translation>Kopie des Dokuments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock paused:</source>
        <translation>Frist gehemmt:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stored encrypted; erased when the check ends</source>
        <translation>verschlüsselt gespeichert; gelöscht, sobald die Prüfung endet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none stored</source>
        <translation>keine gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>since {0} (the clock is stopped)</source>
        <translation>seit {0} (die Frist ist gehemmt)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{0} – {1} (days: %n)</source>
        <translation>
            <numerusform>{0} – {1} (%n Tag)</numerusform>
            <numerusform>{0} – {1} (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>KeptDocumentActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/kept_documents.py" line="+85"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} sent to the printer.</source>
        <translation>{0} an den Drucker gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use as identity document</source>
        <translation>Als Ausweisdokument verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {0} to the identity check? It is then kept as the copy of an identity document, no longer with the correspondence, and erased once the check is done.</source>
        <translation>{0} an die Identitätsprüfung übergeben? Es wird dann als Kopie eines Ausweisdokuments gespeichert, nicht mehr bei der Korrespondenz, und gelöscht, sobald die Prüfung abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handed to the identity check: {0}.</source>
        <translation>An die Identitätsprüfung übergeben: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase as identity document</source>
        <translation>Als Ausweisdokument löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity check of {0} is over, so a copy of an identity document is not kept. Erase {1} now, with its copy in the e-mail it came with? This cannot be undone; the audit trail records it.</source>
        <translation>Die Identitätsprüfung von {0} ist vorbei, daher wird eine Kopie eines Ausweisdokuments nicht aufbewahrt. {1} jetzt löschen, mit der Kopie in der E-Mail, mit der es kam? Das kann nicht rückgängig gemacht werden; das Prüfprotokoll hält es fest.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erased as identity document: {0}.</source>
        <translation>Als Ausweisdokument gelöscht: {0}.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as {0}.</source>
        <translation>Als {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>KeptDocuments</name>
    <message>
        <location line="-242"/>
        <source>A letter of this kind exists</source>
        <translation>Ein Brief dieser Art besteht bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request already has this letter: {0}, made {1} ({2}). Does the new letter replace it?</source>
        <translation>Dieser Antrag hat diesen Brief bereits: {0}, erstellt {1} ({2}). Ersetzt der neue Brief ihn?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace: the earlier letter is removed from the documents (the timeline keeps that it was made). Keep both: both stay in the documents.</source>
        <translation>Ersetzen: Der frühere Brief wird aus den Dokumenten entfernt (der Verlauf behält, dass er erstellt wurde). Beide behalten: Beide bleiben bei den Dokumenten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cluma_dpo/gui/labels.py" line="+35"/>
        <source>access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portability</source>
        <translation>Datenübertragbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketing opt-out</source>
        <translation>Widerspruch gegen Direktwerbung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity check</source>
        <translation>Identitätsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting identity</source>
        <translation>wartet auf Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>wartet auf Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted</source>
        <translation>stattgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly granted</source>
        <translation>teilweise stattgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matching account e-mail</source>
        <translation>übereinstimmende E-Mail-Adresse des Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy of an identity document</source>
        <translation>Kopie eines Ausweisdokuments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known customer</source>
        <translation>bekannter Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neutral (not known)</source>
        <translation>neutral (unbekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female: mevrouw, Madame</source>
        <translation>weiblich: Frau, mevrouw, Madame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male: de heer, Monsieur</source>
        <translation>männlich: Herr, de heer, Monsieur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information asked; clock paused</source>
        <translation>Angaben angefordert; Frist gehemmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information received, to assess</source>
        <translation>Angaben erhalten, zu beurteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check failed</source>
        <translation>Prüfung gescheitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed (known account)</source>
        <translation>nicht nötig (bekanntes Konto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unpaid</source>
        <translation>unbezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide on extension</source>
        <translation>über Verlängerung entscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee payment overdue</source>
        <translation>Zahlung des Entgelts überfällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to tell</source>
        <translation>zu informieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>told</source>
        <translation>informiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>nicht betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received nothing</source>
        <translation>hat keine Daten erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgement of receipt</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for identity information</source>
        <translation>Anforderung von Identitätsangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension notice</source>
        <translation>Mitteilung der Verlängerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Mitteilung an einen Empfänger (Art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation of withdrawal</source>
        <translation>Bestätigung der Rücknahme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee note</source>
        <translation>Gebührenrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Anderes Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request registered</source>
        <translation>Antrag erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject edited</source>
        <translation>Betroffene Person geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check not needed</source>
        <translation>Identitätsprüfung nicht nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity information asked</source>
        <translation>Identitätsangaben angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity information received</source>
        <translation>Identitätsangaben erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verified</source>
        <translation>Identität bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check failed</source>
        <translation>Identitätsprüfung gescheitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document stored</source>
        <translation>Ausweisdokument gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document erased</source>
        <translation>Ausweisdokument gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient told (Art. 19)</source>
        <translation>Empfänger informiert (Art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient not applicable</source>
        <translation>Empfänger nicht betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient received nothing</source>
        <translation>Empfänger hat keine Daten erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient to tell again</source>
        <translation>Empfänger erneut zu informieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document produced</source>
        <translation>Dokument erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note issued</source>
        <translation>Gebührenrechnung ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Entgelt bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note cancelled</source>
        <translation>Gebührenrechnung storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the suppression list</source>
        <translation>In die Sperrliste aufgenommen</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/letter.py" line="+101"/>
        <source>Letter for {0}</source>
        <translation>Brief für {0}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No preview is available on this system: save the letter and open it.</source>
        <translation>Auf diesem System ist keine Vorschau verfügbar: Speichern Sie den Brief und öffnen Sie ihn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing needs Qt&apos;s PDF module; save the letter and print it from a PDF viewer.</source>
        <translation>Zum Drucken wird das PDF-Modul von Qt benötigt; speichern Sie den Brief und drucken Sie ihn aus einem PDF-Betrachter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request has no recipients to tell (Art. 19).</source>
        <translation>Dieser Antrag hat keine zu informierenden Empfänger (Art. 19).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The preview shows the letter made before; press Make letter again.</source>
        <translation>Die Vorschau zeigt den zuvor erstellten Brief; klicken Sie erneut auf Brief erstellen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Extension notice after the first month</source>
        <translation>Mitteilung der Verlängerung nach dem ersten Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first month ended on {0}: GDPR Art. 12(3) asks that the person is told of an extension within it. Make the notice now anyway? It states the day the extension was decided.</source>
        <translation>Der erste Monat endete am {0}: Nach Art. 12 Abs. 3 DSGVO ist die betroffene Person innerhalb dieses Monats über eine Verlängerung zu unterrichten. Die Mitteilung trotzdem jetzt erstellen? Sie nennt den Tag, an dem die Verlängerung beschlossen wurde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making the letter…</source>
        <translation>Der Brief wird erstellt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Look at the letter. It is recorded in the request&apos;s documents as sent once you print or save it.</source>
        <translation>Sehen Sie sich den Brief an. Er wird erst dann als versandt bei den Dokumenten des Antrags erfasst, wenn Sie ihn drucken oder speichern.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as {0} and recorded in the request&apos;s documents.</source>
        <translation>Als {0} gespeichert und bei den Dokumenten des Antrags erfasst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer and recorded in the request&apos;s documents.</source>
        <translation>An den Drucker gesendet und bei den Dokumenten des Antrags erfasst.</translation>
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
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Make letter</source>
        <translation>Brief e&amp;rstellen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>LetterTexts</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/letter_texts.py" line="+37"/>
        <source>Texts in the letter</source>
        <translation>Texte im Brief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was &amp;done:</source>
        <translation>Was &amp;getan wurde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;needed (optional):</source>
        <translation>Was &amp;benötigt wird (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why the time is extended:</source>
        <translation>&amp;Warum die Frist verlängert wird:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reasons (what was not done, and why):</source>
        <translation>&amp;Gründe (was nicht getan wurde, und warum):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recorded in {0}; write it here in {1}.</source>
        <translation>Auf {0} erfasst; schreiben Sie es hier auf {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write it in {0}.</source>
        <translation>Schreiben Sie es auf {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Letter in {0}: write these texts in {0}; they are printed as written.</source>
        <translation>Brief auf {0}: Schreiben Sie diese Texte auf {0}; sie werden so gedruckt, wie sie dastehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter in {0}.</source>
        <translation>Brief auf {0}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fill in “{0}” in {1} first.</source>
        <translation>Füllen Sie zuerst „{0}“ auf {1} aus.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../cluma_dpo/gui/lock.py" line="+81"/>
        <source>Cluma DPO is locked. The database is closed.</source>
        <translation>Cluma DPO ist gesperrt. Die Datenbank ist geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../cluma_dpo/gui/main.py" line="+95"/>
        <source>Internal error ({0}); details are in the log. Your data is safe.</source>
        <translation>Interner Fehler ({0}); die Einzelheiten stehen im Protokoll. Ihre Daten sind sicher.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cluma DPO opens the shared server {0}, as chosen at an earlier start. You can try again later, or use the encrypted database on this computer from now on (nothing on the server changes).</source>
        <translation>Cluma DPO öffnet den gemeinsamen Server {0}, wie bei einem früheren Start gewählt. Sie können es später erneut versuchen oder ab jetzt die verschlüsselte Datenbank auf diesem Computer verwenden (auf dem Server ändert sich nichts).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &amp;this computer instead</source>
        <translation>Diesen &amp;Computer verwenden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cluma_dpo/gui/mainwindow.py" line="+265"/>
        <source>Copied; the clipboard is cleared again in 30 seconds.</source>
        <translation>Kopiert; die Zwischenablage wird in 30 Sekunden wieder geleert.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../cluma_dpo/gui/manual.py" line="+158"/>
        <source>Manual — Cluma DPO</source>
        <translation>Handbuch — Cluma DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the manual (Ctrl+F)</source>
        <translation>Im Handbuch suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the sections holding every word stay in the contents; Enter finds it</source>
        <translation>Nur die Abschnitte mit jedem Wort bleiben im Inhaltsverzeichnis; Eingabe findet es im Text</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No section holds “{0}”.</source>
        <translation>Kein Abschnitt enthält „{0}“.</translation>
    </message>
</context>
<context>
    <name>MessageRequestDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/message_request.py" line="+55"/>
        <source>Message not read</source>
        <translation>Nachricht nicht gelesen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New request from a message</source>
        <translation>Neuer Antrag aus einer Nachricht</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/new_request.py" line="+67"/>
        <source>How the letters address the person; neutral wording when not known.</source>
        <translation>Wie die Briefe die Person anreden; neutrale Anrede, wenn unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Form of address:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name@example.be</source>
        <translation>name@beispiel.be</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kachtemsestraat 161 bus 2</source>
        <translation>Kachtemsestraat 161 bus 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The privacy statement promises erasure within 30 days of deleting the account.</source>
        <translation>Die Datenschutzerklärung verspricht die Löschung binnen 30 Tagen nach dem Löschen des Kontos.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Tick at least one right.</source>
        <translation>Kreuzen Sie mindestens ein Recht an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the request came in.</source>
        <translation>Wählen Sie, wie der Antrag einging.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a right</source>
        <translation>ein Recht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel</source>
        <translation>der Eingangsweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a valid date of receipt</source>
        <translation>ein gültiges Eingangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a valid name</source>
        <translation>ein gültiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a valid e-mail address</source>
        <translation>eine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a complete postal address</source>
        <translation>eine vollständige Postanschrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: {0}.</source>
        <translation>Noch erforderlich: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/new_request.ui" line="+223"/>
        <source>Ctrl+Enter registers the request.</source>
        <translation>Strg+Eingabe erfasst den Antrag.</translation>
    </message>
    <message>
        <location filename="../../ui/new_request.ui" line="-214"/>
        <source>New request</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Received on:</source>
        <translation>Ein&amp;gegangen am:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rights:</source>
        <translation>Rechte:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access (Art. 15)</source>
        <translation>Auskunft (Art. 15)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectification (Art. 16)</source>
        <translation>Berichtigung (Art. 16)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erasure (Art. 17)</source>
        <translation>Löschung (Art. 17)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restriction (Art. 18)</source>
        <translation>Einschränkung (Art. 18)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objection (Art. 21(1))</source>
        <translation>Widerspruch (Art. 21 Abs. 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portability (Art. 20)</source>
        <translation>Datenübertragbarkeit (Art. 20)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marketing opt-out (Art. 21(2)–(3))</source>
        <translation>Widerspruch gegen Direktwerbung (Art. 21 Abs. 2–3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erasure after deleting the account (company target: 30 days)</source>
        <translation>Löschung nach Löschen des Kontos (interne Zielfrist: 30 Tage)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a known account: no identity check needed</source>
        <translation>Von einem bekannten Konto: keine Identitätsprüfung nötig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straße und Hausnummer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Postcode and city:</source>
        <translation>&amp;PLZ und Ort:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <location filename="../../cluma_dpo/gui/notices.py" line="+98"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared server</source>
        <translation>gemeinsamer Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database encrypted</source>
        <translation>Datenbank verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>locks after %n min idle</source>
        <translation>
            <numerusform>sperrt nach %n Min. Inaktivität</numerusform>
            <numerusform>sperrt nach %n Min. Inaktivität</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>locked · database closed</source>
        <translation>gesperrt · Datenbank geschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is overdue or due soon.</source>
        <translation>Nichts ist überfällig oder bald fällig.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Check the date</source>
        <translation>Datum prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}

The retention policy anonymises requests by the date of this computer, so it has not run. Is today really {1}?</source>
        <translation>{0}

Die Aufbewahrungsregel anonymisiert Anträge nach dem Datum dieses Computers, deshalb wurde sie nicht ausgeführt. Ist heute wirklich der {1}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, the date is right</source>
        <translation>Ja, das Datum stimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, leave it</source>
        <translation>Nein, so lassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) finished more than {0} years ago are due for anonymisation (names, contact data and free text removed; this cannot be undone). Anonymise them now?</source>
        <translation>
            <numerusform>%n Antrag, der vor mehr als {0} Jahren abgeschlossen wurde, ist zu anonymisieren (Namen, Kontaktdaten und Freitext werden entfernt; dies kann nicht rückgängig gemacht werden). Jetzt anonymisieren?</numerusform>
            <numerusform>%n Anträge, die vor mehr als {0} Jahren abgeschlossen wurden, sind zu anonymisieren (Namen, Kontaktdaten und Freitext werden entfernt; dies kann nicht rückgängig gemacht werden). Jetzt anonymisieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Retention policy: %n request(s) finished more than {0} years ago anonymised.</source>
        <translation>
            <numerusform>Aufbewahrungsrichtlinie: %n Antrag, der vor mehr als {0} Jahren abgeschlossen wurde, ist anonymisiert.</numerusform>
            <numerusform>Aufbewahrungsrichtlinie: %n Anträge, die vor mehr als {0} Jahren abgeschlossen wurden, sind anonymisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show Cluma DPO</source>
        <translation>Cluma DPO anzeigen</translation>
    </message>
</context>
<context>
    <name>ObjectionReviewDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/objections.py" line="+36"/>
        <source>Objections to confirm</source>
        <translation>Zu bestätigende Widersprüche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These requests were registered as an objection before the two kinds were told apart. Say for each which it was: an objection to processing based on legitimate interests (Art. 21(1): one month, weighed against compelling grounds) or an objection to direct marketing (Art. 21(2)–(3): absolute). The suppression list stays as it is.</source>
        <translation>Diese Anträge wurden als Widerspruch erfasst, bevor die beiden Arten unterschieden wurden. Geben Sie für jeden an, welcher es war: ein Widerspruch gegen eine Verarbeitung auf Grundlage berechtigter Interessen (Art. 21 Abs. 1: ein Monat, abgewogen gegen zwingende schutzwürdige Gründe) oder ein Widerspruch gegen Direktwerbung (Art. 21 Abs. 2–3: absolut). Die Sperrliste bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Art. 21(1) objection</source>
        <translation>Widerspruch nach Art. 21 Abs. 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing opt-out</source>
        <translation>Widerspruch gegen Direktwerbung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>confirmed: Art. 21(1) objection</source>
        <translation>bestätigt: Widerspruch nach Art. 21 Abs. 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed: marketing opt-out</source>
        <translation>bestätigt: Widerspruch gegen Direktwerbung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: confirmed as an Art. 21(1) objection.</source>
        <translation>{0}: als Widerspruch nach Art. 21 Abs. 1 bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: confirmed as a marketing opt-out.</source>
        <translation>{0}: als Widerspruch gegen Direktwerbung bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../cluma_dpo/gui/office.py" line="+84"/>
        <source>Stop using the shared ser&amp;ver…</source>
        <translation>&amp;Gemeinsamen Server nicht mehr verwenden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the next start on, open the encrypted database on this computer instead of the shared server</source>
        <translation>Ab dem nächsten Start die verschlüsselte Datenbank auf diesem Computer statt des gemeinsamen Servers öffnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DSB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>management</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in to the shared server as {0}</source>
        <translation>Am gemeinsamen Server angemeldet als {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own password on the shared server</source>
        <translation>Ihr eigenes Passwort auf dem gemeinsamen Server</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop using the shared server</source>
        <translation>Gemeinsamen Server nicht mehr verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the next start on, Cluma DPO opens the encrypted database on this computer instead of {0}. Nothing on the server changes, and you stay signed in until you quit. Stop using the server?</source>
        <translation>Ab dem nächsten Start öffnet Cluma DPO die verschlüsselte Datenbank auf diesem Computer statt {0}. Auf dem Server ändert sich nichts, und Sie bleiben angemeldet, bis Sie das Programm beenden. Den Server nicht mehr verwenden?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The next start opens the encrypted database on this computer.</source>
        <translation>Der nächste Start öffnet die verschlüsselte Datenbank auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The shared server cannot be reached; what you typed stays on the screen. Save it again once the server is back.</source>
        <translation>Der gemeinsame Server ist nicht erreichbar; was Sie eingegeben haben, bleibt auf dem Bildschirm. Speichern Sie es erneut, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Read the settings (only a DPO changes them)</source>
        <translation>Die Einstellungen lesen (nur ein DSB ändert sie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The management role reads the register without personal data and the figures (Reports ▸ Quarterly report); it takes no step.</source>
        <translation>Die Rolle Geschäftsleitung liest das Register ohne personenbezogene Daten und die Zahlen (Berichte ▸ Quartalsbericht); sie führt keinen Schritt aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refusing, rejecting or extending is the DPO&apos;s decision (GDPR Art. 12(3) and (5)); ask the DPO.</source>
        <translation>Ablehnen, zurückweisen oder verlängern entscheidet der DSB (DSGVO Art. 12 Abs. 3 und 5); fragen Sie den DSB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On a shared server the server&apos;s administrator keeps the backups.</source>
        <translation>Auf einem gemeinsamen Server erstellt der Administrator des Servers die Sicherungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assistant role may not restore a backup; on a shared server the server&apos;s administrator keeps the backups.</source>
        <translation>Die Rolle Assistenz darf keine Sicherung wiederherstellen; auf einem gemeinsamen Server erstellt der Administrator des Servers die Sicherungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide everything and sign out until your server password is entered again</source>
        <translation>Alles ausblenden und abmelden, bis Ihr Serverpasswort erneut eingegeben wird</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The management role sees the register without personal data: no name, no detail and no step; the figures are under Reports ▸ Quarterly report.</source>
        <translation>Die Rolle Geschäftsleitung sieht das Register ohne personenbezogene Daten: kein Name, keine Einzelheiten und kein Schritt; die Zahlen stehen unter Berichte ▸ Quartalsbericht.</translation>
    </message>
</context>
<context>
    <name>OpenFileActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/open_files.py" line="+44"/>
        <source>Open e-mail &amp;message…</source>
        <translation>E-Mail-Nachricht ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a request from a saved e-mail (.eml or Outlook .msg)</source>
        <translation>Einen Antrag aus einer gespeicherten E-Mail erfassen (.eml oder Outlook .msg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a scanned letter (PDF, JPEG, PNG) or an e-mail with the request</source>
        <translation>Einen eingescannten Brief (PDF, JPEG, PNG) oder eine E-Mail beim Antrag aufbewahren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open e-mail message</source>
        <translation>E-Mail-Nachricht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail messages ({0})</source>
        <translation>E-Mail-Nachrichten ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach file to {0}</source>
        <translation>Datei an {0} anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and e-mails ({0})</source>
        <translation>Scans und E-Mails ({0})</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/common.py" line="+84"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase may not contain line breaks.</source>
        <translation>Die Passphrase darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {0} characters ({1} so far).</source>
        <translation>Mindestens {0} Zeichen (bisher {1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the same passphrase twice.</source>
        <translation>Geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the passphrase.</source>
        <translation>Wiederholen Sie die Passphrase.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/passphrase.py" line="+34"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new one:</source>
        <translation>Neue &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups made before keep the old passphrase: keep the old passphrase as long as you keep those backups. Make a new backup after the change.</source>
        <translation>Früher erstellte Sicherungen behalten die alte Passphrase: Bewahren Sie die alte Passphrase auf, solange Sie diese Sicherungen aufbewahren. Erstellen Sie nach der Änderung eine neue Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the current passphrase.</source>
        <translation>Geben Sie die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The current passphrase is not correct.</source>
        <translation>Die aktuelle Passphrase stimmt nicht.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/send_by_email.py" line="-188"/>
        <source>Password of the PDF</source>
        <translation>Passwort der PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF in the draft is encrypted with this password. Give it to the person by phone or SMS, never in the same e-mail. It is shown only now and is not kept anywhere.</source>
        <translation>Die PDF im Entwurf ist mit diesem Passwort verschlüsselt. Teilen Sie es der Person telefonisch oder per SMS mit, nie in derselben E-Mail. Es wird nur jetzt angezeigt und nirgends gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/i18n.py" line="+46"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>QuarterDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/quarter.py" line="+27"/>
        <source>Q{0} (months {1}–{2})</source>
        <translation>Q{0} (Monate {1}–{2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF with charts</source>
        <translation>PDF mit Diagrammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX) with the figures</source>
        <translation>Excel-Arbeitsmappe (XLSX) mit den Zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/quarter.ui" line="+9"/>
        <source>Quarterly report</source>
        <translation>Quartalsbericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/reason.py" line="+152"/>
        <source>Is one of these attachments an identity document? It will be erased now.</source>
        <translation>Ist einer dieser Anhänge ein Ausweisdokument? Er wird jetzt gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticked: erased with the check, with its copy in the e-mail it came with (GDPR Art. 5(1)(c)). Not ticked: kept with the correspondence.</source>
        <translation>Angekreuzt: mit der Prüfung gelöscht, mit der Kopie in der E-Mail, mit der es kam (DSGVO Art. 5 Abs. 1 lit. c). Nicht angekreuzt: bei der Korrespondenz aufbewahrt.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/reason.ui" line="+31"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>D&amp;okument:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>optional: a copy of the identity document</source>
        <translation>optional: eine Kopie des Ausweisdokuments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <location filename="../../cluma_dpo/gui/recipients_editor.py" line="+31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguard outside the EEA</source>
        <translation>Garantie außerhalb des EWR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of notices (nl, fr, en, de)</source>
        <translation>Sprache der Mitteilungen (nl, fr, en, de)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a recipient</source>
        <translation>Einen Empfänger hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the recipient</source>
        <translation>Den Empfänger entfernen</translation>
    </message>
</context>
<context>
    <name>RecipientsTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="+11"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Told</source>
        <translation>&amp;Informiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not applicable…</source>
        <translation>&amp;Nicht betroffen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received n&amp;othing</source>
        <translation>Keine &amp;Daten erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice &amp;letter…</source>
        <translation>Mitteilungs&amp;brief…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GDPR Art. 19 applies to this request, but no recipients were listed when it was registered (File ▸ Settings ▸ Recipients).</source>
        <translation>DSGVO Art. 19 gilt für diesen Antrag, aber bei seiner Erfassung waren keine Empfänger eingetragen (Datei ▸ Einstellungen ▸ Empfänger).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recipients to tell: Art. 19 applies to rectification, erasure and restriction only.</source>
        <translation>Keine Empfänger zu informieren: Art. 19 gilt nur für Berichtigung, Löschung und Einschränkung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GDPR Art. 19: tell every recipient of the rectification, erasure or restriction, or record why not.</source>
        <translation>Art. 19 DSGVO: Informieren Sie jeden Empfänger über die Berichtigung, Löschung oder Einschränkung, oder erfassen Sie, warum nicht.</translation>
    </message>
</context>
<context>
    <name>RequestListPanel</name>
    <message>
        <location filename="../../cluma_dpo/gui/request_list.py" line="+71"/>
        <location line="+243"/>
        <source>Search name, e-mail, reference…</source>
        <translation>Name, E-Mail, Az.…</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All rights</source>
        <translation>Alle Rechte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New request…</source>
        <translation>Neuer Antrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo data…</source>
        <translation>Demodaten öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for identity</source>
        <translation>wartet auf Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>wartet auf Zahlung</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>due within %n days</source>
        <translation>
            <numerusform>fällig binnen %n Tag</numerusform>
            <numerusform>fällig binnen %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>card: {0}</source>
        <translation>Kachel: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right: {0}</source>
        <translation>Recht: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search: “{0}”</source>
        <translation>Suche: „{0}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request matches all of these filters:</source>
        <translation>Kein Antrag entspricht allen diesen Filtern:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No search: the management role reads the register without personal data</source>
        <translation>Keine Suche: Die Rolle Geschäftsleitung liest das Register ohne personenbezogene Daten</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;No requests yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register the first request as soon as one comes in (Ctrl+N), or try the program on demo data first.&lt;/p&gt;&lt;p&gt;The organisation&apos;s details, your signature, the bank account and the letter templates are under File ▸ Settings (Ctrl+,).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Anträge.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erfassen Sie den ersten Antrag, sobald einer eingeht (Strg+N), oder probieren Sie das Programm zuerst mit Demodaten aus.&lt;/p&gt;&lt;p&gt;Die Angaben der Organisation, Ihre Unterschrift, das Bankkonto und die Briefvorlagen finden Sie unter Datei ▸ Einstellungen (Strg+,).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../cluma_dpo/gui/models/requests_model.py" line="+40"/>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paused</source>
        <translation>gehemmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(anonymised)</source>
        <translation>(anonymisiert)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="+55"/>
        <location line="+56"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Restoring replaces the database by a backup. The current database is first kept as a safety copy in {0}; what was recorded after the backup was made is not in the backup.</source>
        <translation>Das Wiederherstellen ersetzt die Datenbank durch eine Sicherung. Die aktuelle Datenbank wird zuerst als Sicherheitskopie in {0} aufbewahrt; was nach dem Erstellen der Sicherung erfasst wurde, ist nicht darin enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Passphrase der Sicherung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the backup was made with: the current one, unless it was changed after the backup.</source>
        <translation>Die Passphrase, mit der die Sicherung erstellt wurde: die aktuelle, sofern sie nach der Sicherung nicht geändert wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check backup</source>
        <translation>Sicherung &amp;prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace the current database by this backup</source>
        <translation>Die aktuelle Datenbank durch diese Sicherung &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>This backup holds %n request(s); its last entry dates from {0}.</source>
        <translation>
            <numerusform>Diese Sicherung enthält %n Antrag; ihr letzter Eintrag stammt vom {0}.</numerusform>
            <numerusform>Diese Sicherung enthält %n Anträge; ihr letzter Eintrag stammt vom {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its audit trail is intact (%n event(s)).</source>
        <translation>
            <numerusform>Ihr Prüfprotokoll ist intakt (%n Ereignis).</numerusform>
            <numerusform>Ihr Prüfprotokoll ist intakt (%n Ereignisse).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/safety_actions.py" line="+58"/>
        <location line="+76"/>
        <source>Make &amp;backup…</source>
        <translation>Sicherung e&amp;rstellen…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>An encrypted copy of the whole database, to keep elsewhere</source>
        <translation>Eine verschlüsselte Kopie der ganzen Datenbank, um sie anderswo aufzubewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore bac&amp;kup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database by a backup (the current one is kept as a copy)</source>
        <translation>Die Datenbank durch eine Sicherung ersetzen (die aktuelle bleibt als Kopie erhalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt the database with a new passphrase</source>
        <translation>Die Datenbank mit einer neuen Passphrase verschlüsseln</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last backup: {0}</source>
        <translation>Letzte Sicherung: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backup of this database has been made yet.</source>
        <translation>Von dieser Datenbank wurde noch keine Sicherung erstellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>Die letzte Sicherung wurde vor %n Tag erstellt.</numerusform>
            <numerusform>Die letzte Sicherung wurde vor %n Tagen erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a backup now, and keep it somewhere else than this computer.</source>
        <translation>Erstellen Sie jetzt eine Sicherung und bewahren Sie sie an einem anderen Ort als auf diesem Computer auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup saved as {0}</source>
        <translation>Sicherung gespeichert als {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup was restored; the window shows it now.</source>
        <translation>Die Sicherung wurde wiederhergestellt; das Fenster zeigt sie jetzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The backup {0} was restored: %n request(s).</source>
        <translation>
            <numerusform>Die Sicherung {0} wurde wiederhergestellt: %n Antrag.</numerusform>
            <numerusform>Die Sicherung {0} wurde wiederhergestellt: %n Anträge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {0} was restored.</source>
        <translation>Die Sicherung {0} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window shows it now. The database as it was before the restore is kept as a safety copy in {0}.</source>
        <translation>Das Fenster zeigt sie jetzt. Die Datenbank, wie sie vor dem Wiederherstellen war, wird als Sicherheitskopie in {0} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password changed. Sign in with the new one from now on.</source>
        <translation>Passwort geändert. Melden Sie sich ab jetzt mit dem neuen an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase changed. The program&apos;s own safety copies use it too; backups made before keep the old passphrase.</source>
        <translation>Passphrase geändert. Die eigenen Sicherheitskopien des Programms verwenden sie ebenfalls; früher erstellte Sicherungen behalten die alte Passphrase.</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="-309"/>
        <source>Cluma DPO backup (*.db)</source>
        <translation>Cluma-DPO-Sicherung (*.db)</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/server_choice.py" line="+81"/>
        <source>The server&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} is another computer: choose the file of the server&apos;s CA certificate, so that the connection is encrypted and the server is the right one. Its administrator can give it to you.</source>
        <translation>{0} ist ein anderer Computer: Wählen Sie die Datei mit dem CA-Zertifikat des Servers, damit die Verbindung verschlüsselt ist und sicher den richtigen Server erreicht. Die Administration kann sie Ihnen geben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no file {0}.</source>
        <translation>Die Datei {0} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A password does not belong in the login or the host: leave it out. Connect asks for it, and it is never stored.</source>
        <translation>Ein Passwort gehört nicht in den Benutzernamen oder den Host: Lassen Sie es weg. „Verbinden“ fragt danach, und es wird nie gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is the server&apos;s name or address, or a folder on this computer: without spaces and without @, ? or #.</source>
        <translation>Der Host ist der Name oder die Adresse des Servers oder ein Ordner auf diesem Computer: ohne Leerzeichen und ohne @, ? oder #.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the database and your login.</source>
        <translation>Geben Sie die Datenbank und Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The database {0} on the server has not been set up for Cluma DPO yet. Ask the server&apos;s administrator to set it up, as the owner of the database, and to give your login a role (DPO, assistant or management); then connect again.</source>
        <translation>Die Datenbank {0} auf dem Server ist noch nicht für Cluma DPO eingerichtet. Bitten Sie die Administration des Servers, sie als Eigentümer der Datenbank einzurichten und Ihrem Benutzernamen eine Rolle zu geben (DSB, Assistenz oder Geschäftsleitung); verbinden Sie sich danach erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {0} on the server was made by an older version of Cluma DPO. Ask the server&apos;s administrator to bring it up to date, as its owner; then connect again.</source>
        <translation>Die Datenbank {0} auf dem Server wurde von einer älteren Version von Cluma DPO angelegt. Bitten Sie die Administration des Servers, sie als Eigentümer zu aktualisieren; verbinden Sie sich danach erneut.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/passphrase.py" line="+32"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password on the shared server changes now, and your key to the documents with it. Sign in with the new one from now on; if your computer keeps the password for you (a password file), change it there too.</source>
        <translation>Ihr Passwort auf dem gemeinsamen Server ändert sich jetzt, und Ihr Schlüssel zu den Dokumenten mit ihm. Melden Sie sich ab jetzt mit dem neuen an; speichert Ihr Computer das Passwort für Sie (eine Passwortdatei), ändern Sie es auch dort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the current password.</source>
        <translation>Geben Sie das aktuelle Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new password is the same as the current one.</source>
        <translation>Das neue Passwort ist dasselbe wie das aktuelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
</context>
<context>
    <name>SettingFields</name>
    <message>
        <location filename="../../cluma_dpo/gui/setting_fields.py" line="+42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straße und Hausnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (ISO code):</source>
        <translation>&amp;Land (ISO-Code):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;MwSt.-Nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Datenschutzbeauftragter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail of the officer:</source>
        <translation>E-&amp;Mail des Beauftragten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name under the &amp;signature:</source>
        <translation>Name unter der &amp;Unterschrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title under the name:</source>
        <translation>&amp;Titel unter dem Namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>Standard&amp;sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope &amp;window:</source>
        <translation>&amp;Fenster des Umschlags:</translation>
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
        <translation>&amp;Entgelt für eine weitere Kopie (EUR):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;AT rate (%):</source>
        <translation>M&amp;wSt.-Satz (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days to pay a fee note:</source>
        <translation>&amp;Zahlungsfrist einer Gebührenrechnung (Tage):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients (Art. 19)</source>
        <translation>Empfänger (Art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources (Art. 15(1)(g))</source>
        <translation>Quellen (Art. 15 Abs. 1 Buchst. g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn before a due date (days):</source>
        <translation>&amp;Warnen vor einem Fälligkeitstag (Tage):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop the clock while identity information is awaited</source>
        <translation>&amp;Frist hemmen, solange Identitätsangaben ausstehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock when idle for (minutes):</source>
        <translation>&amp;Sperren nach Inaktivität (Minuten):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to make a &amp;backup after (days, 0 = never):</source>
        <translation>An eine Sicherung e&amp;rinnern nach (Tagen, 0 = nie):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the program&apos;s safety &amp;copies after (days):</source>
        <translation>Sicherheits&amp;kopien des Programms entfernen nach (Tagen):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anonymise finished requests after (years):</source>
        <translation>&amp;Abgeschlossene Anträge anonymisieren nach (Jahren):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Names and e-mail addresses in the quarterly report&apos;s workbook</source>
        <translation>&amp;Namen und E-Mail-Adressen in der Arbeitsmappe des Quartalsberichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;reminder before a due date (days):</source>
        <translation>E&amp;rinnerung im Kalender vor einer Frist (Tage):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names of data subjects in the &amp;calendar</source>
        <translation>Namen der betroffenen Personen im &amp;Kalender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;file kept up to date (.ics, empty: none):</source>
        <translation>Laufend aktualisierte Kalender&amp;datei (.ics, leer: keine):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the &amp;screens:</source>
        <translation>Sprache der &amp;Bildschirme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes (a)</source>
        <translation>Zwecke (a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data (b)</source>
        <translation>Kategorien von Daten (b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period (d):</source>
        <translation>Speicherdauer (d):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decisions (h):</source>
        <translation>Automatisierte Entscheidungen (h):</translation>
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
        <translation>{0} muss ein Text von höchstens {1} Zeichen in einer Zeile sein; das Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a text of at most {1} characters, on one line.</source>
        <translation>{0} muss ein Text von höchstens {1} Zeichen in einer Zeile sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a whole number from {1} to {2}.</source>
        <translation>{0} muss eine ganze Zahl von {1} bis {2} sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} must be a number greater than {1} and at most {2}, with at most {3} decimals.</source>
        <translation>{0} muss eine Zahl größer als {1} und höchstens {2} sein, mit höchstens {3} Dezimalstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} must be a number from {1} to {2}, with at most {3} decimals.</source>
        <translation>{0} muss eine Zahl von {1} bis {2} sein, mit höchstens {3} Dezimalstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} may hold at most {1} items of at most {2} characters each, without line breaks.</source>
        <translation>{0} darf höchstens {1} Einträge von je höchstens {2} Zeichen enthalten, ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: each recipient needs a name; the country is a two-letter ISO code (e.g. BE, US); a recipient outside the EEA needs a safeguard; no name twice; at most {1}.</source>
        <translation>{0}: Jeder Empfänger braucht einen Namen; das Land ist ein ISO-Code aus zwei Buchstaben (z. B. BE, US); ein Empfänger außerhalb des EWR braucht eine Garantie; kein Name zweimal; höchstens {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be one of: {1}.</source>
        <translation>{0} muss einer der folgenden Werte sein: {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be on or off.</source>
        <translation>{0} muss ein- oder ausgeschaltet sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} must be a valid IBAN (e.g. BE71 0961 2345 6769), or empty.</source>
        <translation>{0} muss eine gültige IBAN sein (z. B. BE71 0961 2345 6769) oder leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a valid BIC of 8 or 11 characters (e.g. GEBABEBB), or empty.</source>
        <translation>{0} muss ein gültiger BIC aus 8 oder 11 Zeichen sein (z. B. GEBABEBB) oder leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a valid Belgian VAT number (e.g. BE 0403.019.261), or empty.</source>
        <translation>{0} muss eine gültige belgische MwSt.-Nummer sein (z. B. BE 0403.019.261) oder leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a valid e-mail address (e.g. info@cluma.com).</source>
        <translation>{0} muss eine gültige E-Mail-Adresse sein (z. B. info@cluma.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a two-letter ISO 3166 country code (e.g. BE, NL, FR).</source>
        <translation>{0} muss ein Ländercode aus zwei Buchstaben nach ISO 3166 sein (z. B. BE, NL, FR).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add an item</source>
        <translation>Einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the item</source>
        <translation>Den Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New item</source>
        <translation>Neuer Eintrag</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/settings.py" line="+88"/>
        <source>Calendar file kept up to date</source>
        <translation>Aktuell gehaltene Kalenderdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a DPO changes the settings; your role reads them.</source>
        <translation>Nur ein DSB ändert die Einstellungen; Ihre Rolle liest sie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where the calendar file is kept</source>
        <translation>Wählen, wo die Kalenderdatei geführt wird</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Correct the marked fields first: {0}.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+9"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The controller as it appears on every letter and fee note.</source>
        <translation>Der Verantwortliche, wie er auf jedem Brief und jeder Gebührenrechnung steht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Officer &amp;&amp; letters</source>
        <translation>Beauftragter &amp;&amp; Briefe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who signs the letters, and how they are laid out.</source>
        <translation>Wer die Briefe unterschreibt und wie sie gestaltet sind.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bank &amp;&amp; fees</source>
        <translation>Bank &amp;&amp; Entgelte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account printed on fee notes and in their payment QR code, and the tariff for a further copy of the data (GDPR Art. 15(3)).</source>
        <translation>Das Konto, das auf Gebührenrechnungen und in ihrem QR-Code zur Zahlung steht, und der Tarif für eine weitere Kopie der Daten (Art. 15 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recipients &amp;&amp; sources</source>
        <translation>Empfänger &amp;&amp; Quellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients are told of every rectification, erasure or restriction (GDPR Art. 19); sources are named in the answer to an access request when the data did not come from the data subject. Double-click an item to edit it.</source>
        <translation>Empfänger werden über jede Berichtigung, Löschung oder Einschränkung informiert (Art. 19 DSGVO); Quellen werden in der Antwort auf einen Auskunftsantrag genannt, wenn die Daten nicht von der betroffenen Person selbst stammen. Doppelklicken Sie auf einen Eintrag, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access information</source>
        <translation>Angaben zur Auskunft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What an answer to an access request tells the data subject (GDPR Art. 15(1)), in each letter language.</source>
        <translation>Was eine Antwort auf einen Auskunftsantrag der betroffenen Person mitteilt (Art. 15 Abs. 1 DSGVO), in jeder Briefsprache.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter &amp;language:</source>
        <translation>Brief&amp;sprache:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deadlines &amp;&amp; security</source>
        <translation>Fristen &amp;&amp; Sicherheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When to warn, whether the clock stops while identity information is awaited (EDPB Guidelines 01/2022, §5.3), when the program locks itself, how long finished requests are kept, and the language of the screens.</source>
        <translation>Wann gewarnt wird, ob die Frist gehemmt ist, solange Identitätsangaben ausstehen (EDSA-Leitlinien 01/2022, Rn. 5.3), wann sich das Programm selbst sperrt, wie lange abgeschlossene Anträge aufbewahrt werden, und die Sprache der Bildschirme.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters are made from templates, one per kind and language. Editing one makes your own copy in the data folder, which takes the place of the shipped one; resetting deletes your copy.</source>
        <translation>Briefe werden aus Vorlagen erstellt, eine je Art und Sprache. Wer eine bearbeitet, erhält eine eigene Kopie im Datenordner, die an die Stelle der mitgelieferten tritt; Zurücksetzen löscht Ihre Kopie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter l&amp;anguage:</source>
        <translation>Brief&amp;sprache:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open to edit</source>
        <translation>Zum Bearbeiten ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to the shipped one…</source>
        <translation>Auf die mitgelieferte &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../cluma_dpo/gui/steps.py" line="+48"/>
        <source>GDPR Art. 12(3): the time to answer may be extended once, by two further months, when the request is complex or numerous. The data subject must be told why within the first month.

Due now: {0}. Extended: {1}.</source>
        <translation>Art. 12 Abs. 3 DSGVO: Die Frist für die Antwort kann einmal um zwei weitere Monate verlängert werden, wenn der Antrag komplex ist oder viele Anträge vorliegen. Die betroffene Person muss innerhalb des ersten Monats erfahren, warum.

Fällig jetzt: {0}. Nach Verlängerung: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extend {0}</source>
        <translation>{0} verlängern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: extended; the new deadline is {1}.</source>
        <translation>{0}: verlängert; die neue Frist ist der {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason told to the data subject (in {0}):</source>
        <translation>Grund, der der betroffenen Person mitgeteilt wird (auf {0}):</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+57"/>
        <source>Close {0}</source>
        <translation>{0} abschließen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The answer is recorded: {0}. Close the request once every recipient is told (GDPR Art. 19); the recorded answer stays as it is.</source>
        <translation>Die Antwort ist erfasst: {0}. Schließen Sie den Antrag ab, sobald jeder Empfänger informiert ist (Art. 19 DSGVO); die erfasste Antwort bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>&amp;Close request</source>
        <translation>Antrag &amp;abschließen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>{0}: closed.</source>
        <translation>{0}: abgeschlossen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Record how the request was answered. A refusal or a partial grant needs the reasons the data subject is told (GDPR Art. 12(4)).</source>
        <translation>Erfassen Sie, wie der Antrag beantwortet wurde. Eine Ablehnung oder teilweise Stattgabe braucht die Gründe, die der betroffenen Person mitgeteilt werden (Art. 12 Abs. 4 DSGVO).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: answer recorded ({1}).</source>
        <translation>{0}: Antwort erfasst ({1}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Withdrawal of {0}</source>
        <translation>Rücknahme von {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data subject withdrew the request. Nothing more will be done.</source>
        <translation>Die betroffene Person hat den Antrag zurückgezogen. Es wird nichts mehr unternommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;withdrawal</source>
        <translation>&amp;Rücknahme erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: recorded as withdrawn.</source>
        <translation>{0}: als zurückgenommen erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional):</source>
        <translation>Notiz (optional):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reject {0}</source>
        <translation>{0} zurückweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 12(5): a manifestly unfounded or excessive request may be refused. The company must be able to show why: record the reasons.</source>
        <translation>Art. 12 Abs. 5 DSGVO: Bei einem offenkundig unbegründeten oder exzessiven Antrag kann das Tätigwerden verweigert werden. Das Unternehmen muss nachweisen können, warum: Erfassen Sie die Gründe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject</source>
        <translation>&amp;Zurückweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose the ground)</source>
        <translation>(Grund wählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifestly unfounded</source>
        <translation>Offenkundig unbegründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive</source>
        <translation>Exzessiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excessive, because of its repetitive character</source>
        <translation>Exzessiv, wegen häufiger Wiederholung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: rejected (Art. 12(5)).</source>
        <translation>{0}: zurückgewiesen (Art. 12 Abs. 5).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for identity information</source>
        <translation>Identitätsangaben anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 12(6): ask only what removes a reasonable doubt. The clock stops from the day you ask until the information arrives (EDPB 01/2022 §5.3).</source>
        <translation>Art. 12 Abs. 6 DSGVO: Fordern Sie nur an, was begründete Zweifel ausräumt. Die Frist ist gehemmt ab dem Tag der Anforderung, bis die Angaben eingehen (EDSA 01/2022, Rn. 5.3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+119"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>{0}: identity information asked; the clock stops.</source>
        <translation>{0}: Identitätsangaben angefordert; die Frist ruht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is needed (optional, in {0}):</source>
        <translation>Was benötigt wird (optional, auf {0}):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity information received</source>
        <translation>Identitätsangaben erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock runs again from this day. A copy of an identity document is stored encrypted and erased as soon as the check ends.</source>
        <translation>Die Frist läuft ab diesem Tag weiter. Eine Kopie eines Ausweisdokuments wird verschlüsselt gespeichert und gelöscht, sobald die Prüfung endet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: identity information received; the clock runs again.</source>
        <translation>{0}: Identitätsangaben erhalten; die Frist läuft weiter.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Erased as identity document: {0}.</source>
        <translation>Als Ausweisdokument gelöscht: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity verified</source>
        <translation>Identität bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was the identity of the data subject established?</source>
        <translation>Wie wurde die Identität der betroffenen Person festgestellt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified</source>
        <translation>&amp;Bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: identity verified ({1}).</source>
        <translation>{0}: Identität bestätigt ({1}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity check failed</source>
        <translation>Identitätsprüfung gescheitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 11(2), 12(2): the data subject could not be identified. Close the request as refused afterwards, with the reasons.</source>
        <translation>Art. 11 Abs. 2 und Art. 12 Abs. 2 DSGVO: Die betroffene Person konnte nicht identifiziert werden. Schließen Sie den Antrag danach als abgelehnt ab, mit den Gründen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;failure</source>
        <translation>&amp;Scheitern erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: identity check failed.</source>
        <translation>{0}: Identitätsprüfung gescheitert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Reason (optional):</source>
        <translation>Grund (optional):</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fee note {0} paid</source>
        <translation>Gebührenrechnung {0} bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note {0} of {1}, reference {2}.</source>
        <translation>Gebührenrechnung {0} über {1}, Mitteilung {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;paid</source>
        <translation>Als &amp;bezahlt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee note {0} marked paid.</source>
        <translation>Gebührenrechnung {0} als bezahlt markiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel fee note {0}</source>
        <translation>Gebührenrechnung {0} stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee note stays in the register as cancelled.</source>
        <translation>Die Gebührenrechnung bleibt als storniert im Register.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;fee note</source>
        <translation>Gebührenrechnung &amp;stornieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee note {0} cancelled.</source>
        <translation>Gebührenrechnung {0} storniert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient not applicable</source>
        <translation>Empfänger nicht betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telling {0} proves impossible or involves disproportionate effort (GDPR Art. 19). The answer letter says so.</source>
        <translation>Die Unterrichtung von {0} erweist sich als unmöglich oder ist mit unverhältnismäßigem Aufwand verbunden (DSGVO Art. 19). Das Antwortschreiben sagt dies.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} recorded as not applicable.</source>
        <translation>{0}: {1} als nicht betroffen erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../cluma_dpo/gui/subject_editor.py" line="+61"/>
        <source>Data subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Postcode, city:</source>
        <translation>&amp;PLZ, Ort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Form of address:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen s&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/task.py" line="+44"/>
        <source>Making {0}…</source>
        <translation>{0} wird erstellt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as {0}</source>
        <translation>Gespeichert als {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/task.ui" line="+41"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/templates_tab.py" line="+29"/>
        <source>Words around every letter (salutation, closing)</source>
        <translation>Worte um jeden Brief (Anrede, Schlussformel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared sections</source>
        <translation>Gemeinsame Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording of every letter (catalogue)</source>
        <translation>Formulierung jedes Briefs (Katalog)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reset template</source>
        <translation>Vorlage zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your copy of “{0}” and use the shipped template again? Your changes to it are lost.</source>
        <translation>Ihre Kopie von „{0}“ löschen und wieder die mitgelieferte Vorlage verwenden? Ihre Änderungen daran gehen verloren.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>your copy: {0}</source>
        <translation>Ihre Kopie: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Opened {0}. Save it in the editor; the next letter uses it.</source>
        <translation>{0} geöffnet. Speichern Sie die Datei im Editor; der nächste Brief verwendet sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No editor could be started; edit {0} yourself.</source>
        <translation>Es konnte kein Editor gestartet werden; bearbeiten Sie {0} selbst.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The shipped template applies again.</source>
        <translation>Die mitgelieferte Vorlage gilt wieder.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../cluma_dpo/gui/timeline.py" line="+23"/>
        <source>via the app</source>
        <translation>über die App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via the command line</source>
        <translation>über die Befehlszeile</translation>
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
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="+119"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/unlock.py" line="+46"/>
        <source>Cluma DPO is locked. Enter the passphrase to continue.</source>
        <translation>Cluma DPO ist gesperrt. Geben Sie die Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluma DPO — sign in</source>
        <translation>Cluma DPO — anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluma DPO is locked. Enter your server password to continue.</source>
        <translation>Cluma DPO ist gesperrt. Geben Sie Ihr Serverpasswort ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the shared server with your password.</source>
        <translation>Melden Sie sich mit Ihrem Passwort am gemeinsamen Server an.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login: {0}</source>
        <translation>Benutzer: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: {0}, database {1}</source>
        <translation>Server: {0}, Datenbank {1}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Server &amp;password:</source>
        <translation>Server&amp;passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use &amp;this computer instead</source>
        <translation>Diesen &amp;Computer verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this server: from now on Cluma DPO opens the encrypted database on this computer. Nothing on the server changes.</source>
        <translation>Diesen Server vergessen: Ab jetzt öffnet Cluma DPO die verschlüsselte Datenbank auf diesem Computer. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="+9"/>
        <source>Cluma DPO — unlock</source>
        <translation>Cluma DPO — entsperren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is encrypted. Enter the passphrase to open it.</source>
        <translation>Die Datenbank ist verschlüsselt. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../cluma_dpo/gui/unsaved.py" line="+26"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard the new request?</source>
        <translation>Den neuen Antrag verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you filled in is not registered. Discard it?</source>
        <translation>Was Sie eingegeben haben, ist nicht erfasst. Verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <comment>throw the filled-in form away</comment>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location line="+29"/>
        <source>The changes to the data subject of {0} are not saved yet. Save them?</source>
        <translation>Die Änderungen an der betroffenen Person von {0} sind noch nicht gespeichert. Speichern?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The unsaved changes to {0} were dropped: another database was opened.</source>
        <translation>Die ungespeicherten Änderungen an {0} wurden verworfen: eine andere Datenbank wurde geöffnet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes to {0} kept; save or undo them.</source>
        <translation>Änderungen an {0} behalten; speichern oder verwerfen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The data of {0} changed in the meantime (a restore, or a change made elsewhere): your unsaved changes to it were dropped.</source>
        <translation>Die Daten von {0} haben sich inzwischen geändert (eine wiederhergestellte Sicherung oder eine Änderung an anderer Stelle): Ihre nicht gespeicherten Änderungen daran wurden verworfen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The changes to the data subject of {0} are not saved; unlock first to save them. Close and discard them?</source>
        <translation>Die Änderungen an der betroffenen Person von {0} sind nicht gespeichert; entsperren Sie zuerst, um sie zu speichern. Schließen und verwerfen?</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../cluma_dpo/gui/workers.py" line="+28"/>
        <source>The file could not be written: {0}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal error ({0}); details are in the log.</source>
        <translation>Interner Fehler ({0}); die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
</TS>
