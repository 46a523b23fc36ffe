<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../cluma_dpo/gui/actions.py" line="+58"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a new request</source>
        <translation>Enregistrer une nouvelle demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask for identity information…</source>
        <translation>&amp;Demander des informations d&apos;identité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for identity information; the clock stops</source>
        <translation>Demander des informations d&apos;identité ; le délai est suspendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity information &amp;received…</source>
        <translation>Informations d&apos;identité &amp;reçues…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity information arrived; the clock runs</source>
        <translation>Les informations d&apos;identité sont arrivées ; le délai court à nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity &amp;verified…</source>
        <translation>Identité &amp;vérifiée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record how the identity was verified</source>
        <translation>Consigner comment l&apos;identité a été vérifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity check &amp;failed…</source>
        <translation>Contrôle d&apos;identité &amp;échoué…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data subject could not be identified</source>
        <translation>La personne concernée n&apos;a pas pu être identifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Extend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend by two months, with the reasons (Art. 12(3))</source>
        <translation>Prolonger de deux mois, motifs à l&apos;appui (art. 12, par. 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close with outcome…</source>
        <translation>&amp;Clôturer avec la décision…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answer: granted, partly granted or refused</source>
        <translation>Consigner la réponse : accordée, partiellement accordée ou refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Retirée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data subject withdrew the request</source>
        <translation>La personne concernée a retiré sa demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Manifestement infondée ou excessive (art. 12, par. 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make, print or save a letter</source>
        <translation>Rédiger, imprimer ou enregistrer une lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fee note…</source>
        <translation>&amp;Facture…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue a fee note</source>
        <translation>Émettre une facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark paid…</source>
        <translation>Marquer comme &amp;payée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the payment of the open fee note</source>
        <translation>Enregistrer le paiement de la facture ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;register…</source>
        <translation>Exporter le &amp;registre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register of requests as an Excel workbook</source>
        <translation>Le registre des demandes sous forme de classeur Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected request&apos;s file as a PDF</source>
        <translation>Le dossier de la demande sélectionnée en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quarterly report…</source>
        <translation>Rapport &amp;trimestriel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management report of a quarter</source>
        <translation>Le rapport trimestriel destiné à la direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the register again</source>
        <translation>Relire le registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide everything and close the database until the passphrase is entered again</source>
        <translation>Tout masquer et fermer la base de données jusqu&apos;à ce que la phrase secrète soit à nouveau saisie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;demo data…</source>
        <translation>Ouvrir les données de &amp;démonstration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the program on a separate database of invented requests</source>
        <translation>Essayer le programme sur une base de données distincte de demandes fictives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s details, the signature, the bank account, the tariff, the recipients and the letter templates</source>
        <translation>Les coordonnées de l&apos;organisation, la signature, le compte bancaire, le tarif, les destinataires et les modèles de lettres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset column &amp;layout</source>
        <translation>Réinitialiser la &amp;disposition des colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Mode d&apos;emploi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The manual, at this screen</source>
        <translation>Le mode d&apos;emploi, à cet écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cluma DPO</source>
        <translation>À &amp;propos de Cluma DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database is locked.</source>
        <translation>La base de données est verrouillée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request in the list first.</source>
        <translation>Sélectionnez d&apos;abord une demande dans la liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not possible for this request.</source>
        <translation>Impossible pour cette demande.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request has no unpaid fee note.</source>
        <translation>Cette demande n&apos;a pas de facture impayée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Documents</source>
        <translation>Do&amp;cuments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+65"/>
        <source>Identity check steps</source>
        <translation>Étapes du contrôle d&apos;identité</translation>
    </message>
</context>
<context>
    <name>AttachDrop</name>
    <message>
        <location filename="../../cluma_dpo/gui/mail_drop.py" line="+116"/>
        <source>{0} attached to {1}.</source>
        <translation>{0} joint à {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity check is over: if it holds a copy of an identity document, erase that in the Documents tab (Erase as identity document).</source>
        <translation>La vérification d&apos;identité est terminée : s&apos;il contient une copie d&apos;un document d&apos;identité, effacez-la dans l&apos;onglet Documents (Effacer comme document d&apos;identité).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="+168"/>
        <location line="+51"/>
        <source>Make backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>A backup is a complete copy of the database, encrypted with your current passphrase. Keep it somewhere else than this computer (a USB stick, a network drive).</source>
        <translation>Une sauvegarde est une copie complète de la base de données, chiffrée avec votre phrase secrète actuelle. Conservez-la ailleurs que sur cet ordinateur (une clé USB, un lecteur réseau).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The changes to the data subject of {0} are not saved, so they are not in the backup. Save them first to include them.</source>
        <translation>Les modifications de la personne concernée de {0} ne sont pas enregistrées : elles ne sont donc pas dans la sauvegarde. Enregistrez-les d&apos;abord pour les inclure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;passphrase:</source>
        <translation>&amp;Phrase secrète actuelle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make backup</source>
        <translation>&amp;Faire la sauvegarde</translation>
    </message>
</context>
<context>
    <name>ChannelChoice</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/channel_choice.py" line="+26"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from the e-mail address typed</source>
        <translation>d&apos;après l&apos;adresse e-mail saisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the postal address typed</source>
        <translation>d&apos;après l&apos;adresse postale saisie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chosen {0}; change it if the request came in otherwise.</source>
        <translation>Choisi {0} ; modifiez-le si la demande est arrivée autrement.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/close.py" line="+38"/>
        <source>What became of each right</source>
        <translation>Ce qu’il est advenu de chaque droit</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../cluma_dpo/gui/dialogs/close_summary.py" line="+34"/>
        <source>granted in part</source>
        <translation>accordé en partie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needed when a right was granted in part; the letter tells the person.</source>
        <translation>Requis lorsqu’un droit a été accordé en partie ; la lettre l’indique à la personne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was &amp;done:</source>
        <translation>Ce qui a été &amp;fait :</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Tick “{0}” first, or cancel the fee note.</source>
        <translation>Cochez d’abord «&#xa0;{0}&#xa0;», ou annulez la facture.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>(choose the ground)</source>
        <translation>(choisissez le motif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compelling legitimate grounds that override the person&apos;s interests</source>
        <translation>Motifs légitimes et impérieux qui prévalent sur les intérêts de la personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Establishment, exercise or defence of legal claims</source>
        <translation>Constatation, exercice ou défense de droits en justice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ground (Art. 21(1)):</source>
        <translation>Motif (art. 21, § 1) :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept under (Art. 17(3)(b)):</source>
        <translation>Conservées en vertu de (art. 17, § 3, b) :</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>(no legal obligation to keep data)</source>
        <translation>(aucune obligation légale de conservation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounting (art. III.86 Code of Economic Law)</source>
        <translation>Comptabilité (art. III.86 CDE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices (art. 60 VAT Code)</source>
        <translation>Factures (art. 60 Code TVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social documents (Royal Decree No. 5 of 1978)</source>
        <translation>Documents sociaux (AR n° 5 de 1978)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept until:</source>
        <translation>Conservées jusqu&apos;au :</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>What was not done, and &amp;why:</source>
        <translation>Ce qui n’a pas été fait, et &amp;pourquoi :</translation>
    </message>
</context>
<context>
    <name>CloseSummary</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/close_summary.py" line="+4"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>none to tell</source>
        <translation>personne à informer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>received {0} · due {1} · closed on {2}</source>
        <translation>reçue le {0} · échéance {1} · clôturée le {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee notes:</source>
        <translation>Factures :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients (Art. 19):</source>
        <translation>Destinataires (art. 19) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer letter:</source>
        <translation>Lettre de réponse :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What closing records</source>
        <translation>Ce que la clôture enregistre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No answer letter was produced for this request. The person must receive the answer (GDPR Art. 12(3)): make it now under Documents ▸ Letter, or right after closing.</source>
        <translation>Aucune lettre de réponse n’a été produite pour cette demande. La personne doit recevoir la réponse (RGPD art. 12, par. 3)&#xa0;: faites-la maintenant via Documents ▸ Lettre, ou juste après la clôture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer letter was produced for this request yet. The person must receive the answer (GDPR Art. 12(3)); the answer letter, or the refusal, can be made once the answer is recorded: right after closing.</source>
        <translation>Aucune lettre de réponse n’a encore été produite pour cette demande. La personne doit recevoir la réponse (RGPD art. 12, par. 3)&#xa0;; la lettre de réponse, ou de refus, peut être faite dès que la réponse est enregistrée&#xa0;: juste après la clôture.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Make the answer letter right after closing</source>
        <translation>Faire la &amp;lettre de réponse juste après la clôture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fee note not paid: {0}. Closing does not settle it: it stays unpaid in the register. If it is no longer due, cancel it first (Fees tab).</source>
        <translation>Facture non payée&#xa0;: {0}. La clôture ne la règle pas&#xa0;: elle reste impayée dans le registre. Si elle n’est plus due, annulez-la d’abord (onglet Frais).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close &amp;with the fee note unpaid</source>
        <translation>Clôturer avec la facture &amp;impayée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Record the answer now; I will tell these recipients</source>
        <translation>&amp;Enregistrer la réponse maintenant ; j&apos;informerai ces destinataires</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recipients still to be told (GDPR Art. 19): {0}. The request is not closed: the answer is recorded and the request stays open as answered until each recipient is told or marked not applicable (Recipients tab).</source>
        <translation>Destinataires encore à informer (RGPD art. 19) : {0}. La demande n&apos;est pas clôturée : la réponse est enregistrée et la demande reste ouverte comme répondue jusqu&apos;à ce que chaque destinataire soit informé ou marqué sans objet (onglet Destinataires).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cluma_dpo/gui/commands.py" line="+88"/>
        <location line="+19"/>
        <source>{0} registered.</source>
        <translation>{0} enregistrée.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Data subject saved; each change is in the timeline.</source>
        <translation>Personne concernée enregistrée ; chaque modification figure dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1} recorded as told.</source>
        <translation>{0} : {1} enregistré comme informé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} to be told again.</source>
        <translation>{0} : {1} est de nouveau à informer.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Fee note {0} issued.</source>
        <translation>Facture {0} émise.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save fee note</source>
        <translation>Enregistrer la facture</translation>
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
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Register of requests</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossier {0}</source>
        <translation>Dossier {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the quarterly report</source>
        <translation>Enregistrer le rapport trimestriel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarterly report {0}</source>
        <translation>Rapport trimestriel {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Settings saved: %n change(s), each recorded in the audit trail.</source>
        <translation>
            <numerusform>Paramètres enregistrés : %n modification, consignée dans la piste d&apos;audit.</numerusform>
            <numerusform>Paramètres enregistrés : %n modifications, chacune consignée dans la piste d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Cluma DPO</source>
        <translation>À propos de Cluma DPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cluma DPO&lt;/b&gt; {0}&lt;br&gt;The rights-request workbench of the data protection officer of Cluma Engineering NV.&lt;br&gt;Every request, letter and step is kept in one encrypted database; the audit trail is hash-chained.</source>
        <translation>&lt;b&gt;Cluma DPO&lt;/b&gt; {0}&lt;br&gt;L&apos;outil de gestion des demandes d&apos;exercice des droits du délégué à la protection des données de Cluma Engineering NV.&lt;br&gt;Chaque demande, chaque lettre et chaque étape est conservée dans une seule base de données chiffrée ; la piste d&apos;audit est chaînée par hachage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data is kept in {0}</source>
        <translation>Vos données sont conservées dans {0}</translation>
    </message>
</context>
<context>
    <name>DashboardStrip</name>
    <message>
        <location filename="../../cluma_dpo/gui/dashboard.py" line="+66"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due within %n days</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for identity</source>
        <translation>attente d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>attente de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open in total</source>
        <translation>ouvertes au total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the open requests whose due date has passed</source>
        <translation>Afficher les demandes ouvertes dont le délai est dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the open requests due within the warning window</source>
        <translation>Afficher les demandes ouvertes dont l&apos;échéance tombe dans la période d&apos;alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the requests whose clock is paused for identity information</source>
        <translation>Afficher les demandes dont le délai est suspendu dans l&apos;attente d&apos;informations d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the requests awaiting a fee payment</source>
        <translation>Afficher les demandes en attente du paiement de frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every open request</source>
        <translation>Afficher toutes les demandes ouvertes</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <location filename="../../cluma_dpo/gui/date_fields.py" line="+94"/>
        <source>A date in the future cannot be chosen: today is {0}.</source>
        <translation>Une date future n&apos;est pas possible : nous sommes le {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date cannot be before {0}.</source>
        <translation>La date ne peut pas être antérieure au {0}.</translation>
    </message>
</context>
<context>
    <name>DatesBox</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_panel.py" line="+75"/>
        <source>Request and deadlines</source>
        <translation>Demande et délais</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Received:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights:</source>
        <translation>Droits :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (one month):</source>
        <translation>Échéance (un mois) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Extension:</source>
        <translation>Prolongation :</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Company target:</source>
        <translation>Échéance interne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing date:</source>
        <translation>Date déterminante :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} (Art. {1})</source>
        <translation>{0} (art. {1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused: identity information awaited</source>
        <translation>suspendu : informations d&apos;identité attendues</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>until {0} (recorded {1})</source>
        <translation>jusqu&apos;au {0} (enregistrée le {1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decide by {0} (the new deadline would be {1})</source>
        <translation>à décider au plus tard le {0} (nouvelle échéance alors le {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GDPR Art. 12(3): the time to answer may be extended once, by two further months; the data subject is told why within the first month.</source>
        <translation>RGPD art. 12, par. 3 : le délai de réponse peut être prolongé une fois de deux mois ; la personne concernée en est informée, avec les motifs, dans le premier mois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extend:</source>
        <translation>Prolonger :</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>(days overdue: %n)</source>
        <translation>
            <numerusform>(%n jour de retard)</numerusform>
            <numerusform>(%n jours de retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(days left: %n)</source>
        <translation>
            <numerusform>(encore %n jour)</numerusform>
            <numerusform>(encore %n jours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../cluma_dpo/gui/dashboard.py" line="+48"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>en retard : %n</numerusform>
            <numerusform>en retard : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due within {0} days: %n</source>
        <translation>
            <numerusform>échéance dans {0} jours : %n</numerusform>
            <numerusform>échéance dans {0} jours : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>extension to decide within a week: %n</source>
        <translation>
            <numerusform>prolongation à décider dans la semaine : %n</numerusform>
            <numerusform>prolongation à décider dans la semaine : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>fee payments overdue: %n</source>
        <translation>
            <numerusform>paiement de frais en retard : %n</numerusform>
            <numerusform>paiements de frais en retard : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs attention — {0}</source>
        <translation>À traiter — {0}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../cluma_dpo/gui/demo.py" line="+146"/>
        <source>Inventing {0} requests…</source>
        <translation>Création de {0} demandes fictives…</translation>
    </message>
    <message>
        <location filename="../../cluma_dpo/gui/demo_dialog.py" line="+32"/>
        <source>Choose another folder: demo data never goes into your own database.</source>
        <translation>Choisissez un autre dossier : les données de démonstration n&apos;entrent jamais dans votre propre base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder.</source>
        <translation>Ceci est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder holds a database that is not demo data; choose a new or empty folder.</source>
        <translation>Ce dossier contient une base de données qui n&apos;est pas une démonstration ; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty; choose a new or empty folder: demo data is never mixed with other files.</source>
        <translation>Ce dossier n&apos;est pas vide ; choisissez un dossier nouveau ou vide : les données de démonstration ne se mêlent jamais à d&apos;autres fichiers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo database has its own passphrase, {0}, shown here because it is no secret: the demo holds only invented people. Your own database keeps yours: File ▸ Back to my database asks for it.</source>
        <translation>La base de démonstration a sa propre phrase secrète, {0}, affichée ici car elle n&apos;a rien de secret : la démonstration ne contient que des personnes fictives. Votre propre base garde la vôtre : Fichier&#xa0;▸ Retour à ma base de données vous la demande.</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location line="+15"/>
        <source>Cluma DPO — demo data</source>
        <translation>Cluma DPO — données de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invented requests in a separate database, to try every step; your own database is not touched. The folder is made if it does not exist; a demo made earlier in it is opened again.</source>
        <translation>Des demandes fictives dans une base de données distincte, pour essayer chaque étape ; votre propre base n&apos;est pas touchée. Le dossier est créé s&apos;il n&apos;existe pas ; une démonstration créée auparavant dans ce dossier est rouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open demo data</source>
        <translation>&amp;Ouvrir la démonstration</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a folder for the demo database</source>
        <translation>Choisissez un dossier pour la base de démonstration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type or choose a folder.</source>
        <translation>Saisissez ou choisissez un dossier.</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../cluma_dpo/gui/demo_mode.py" line="+44"/>
        <source>Demo data — nothing here is real</source>
        <translation>Données de démonstration — rien de tout ceci n&apos;est réel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back to my database</source>
        <translation>Retour à &amp;ma base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the demo data and open your own database again</source>
        <translation>Fermer la démonstration et rouvrir votre propre base de données</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back to your own database: enter its passphrase.</source>
        <translation>Retour à votre propre base de données : saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The screens stay in {0}: this database&apos;s interface language is now {0}.</source>
        <translation>Les écrans restent en {0} : la langue de l&apos;interface de cette base de données est désormais le {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the demo: its passphrase is {0}.</source>
        <translation>Ceci est la démonstration : sa phrase secrète est {0}.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_panel.py" line="+49"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address</source>
        <translation>Adresse &amp;postale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the reference, name, e-mail address or postal address; the clipboard is cleared after 30 s</source>
        <translation>Copier la référence, le nom, l&apos;adresse e-mail ou l&apos;adresse postale ; le presse-papiers est vidé après 30 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request in the list to see it here.</source>
        <translation>Sélectionnez une demande dans la liste pour l&apos;afficher ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location line="+29"/>
        <source>Recipients (%n)</source>
        <translation>
            <numerusform>Destinataires (%n)</numerusform>
            <numerusform>Destinataires (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../cluma_dpo/gui/kept_documents.py" line="+190"/>
        <source>{0}, {1} · made {2} · saved as {3}</source>
        <translation>{0}, {1} · créé le {2} · enregistré sous {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, {1} · made {2} · not saved</source>
        <translation>{0}, {1} · créé le {2} · non enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;again…</source>
        <translation>&amp;Réenregistrer…</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/documents_tab.py" line="+85"/>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved as</source>
        <translation>Enregistré sous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters and fee notes are kept in the encrypted database exactly as they were printed or saved: open, print or save them again here.</source>
        <translation>Les lettres et les factures sont conservées dans la base de données chiffrée, exactement telles qu&apos;elles ont été imprimées ou enregistrées : ouvrez-les, imprimez-les ou enregistrez-les à nouveau ici.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;again…</source>
        <translation>&amp;Réenregistrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Use as &amp;identity document…</source>
        <translation>Utiliser comme pièce d’&amp;identité…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Made by {0}</source>
        <translation>Créé par {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {0}</source>
        <translation>Enregistré sous {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed under the retention policy: only the fact that it was made stays.</source>
        <translation>Supprimé selon la durée de conservation : seul le fait qu&apos;il a été créé reste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A dossier is made anew each time; only the fact that it was made is kept.</source>
        <translation>Un dossier est recréé à chaque fois ; seul le fait qu&apos;il a été créé est conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made before documents were kept in the database: only the fact is recorded.</source>
        <translation>Créé avant que les documents soient conservés dans la base de données : seul le fait est consigné.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hand it to the identity check: kept as the copy of an identity document, erased when the check is recorded.</source>
        <translation>Le remettre à la vérification d&apos;identité : conservé comme copie d&apos;un document d&apos;identité, effacé lorsque la vérification est enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase as identity document…</source>
        <translation>&amp;Effacer comme document d&apos;identité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity check is over: a copy of an identity document is not kept. Erase it now, with its copy in the e-mail it came with.</source>
        <translation>La vérification d&apos;identité est terminée : une copie d&apos;un document d&apos;identité n&apos;est pas conservée. Effacez-la maintenant, avec sa copie dans l&apos;e-mail qui l&apos;a apportée.</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/email_draft.py" line="+43"/>
        <source>Add files to the e-mail</source>
        <translation>Ajouter des fichiers à l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: {0}</source>
        <translation>À : {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter&apos;s PDF is attached. Add the copy of the data you prepared when it goes with this answer (an access request):</source>
        <translation>Le PDF de la lettre est joint. Ajoutez la copie des données que vous avez préparée si elle accompagne cette réponse (une demande d&apos;accès) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter&apos;s PDF is attached. Other files can be added:</source>
        <translation>Le PDF de la lettre est joint. D&apos;autres fichiers peuvent être ajoutés :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncrypt the PDFs</source>
        <translation>&amp;Chiffrer les PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For an answer with personal data: the letter and each PDF added get one password, shown once, to give by phone. Only PDFs can be encrypted.</source>
        <translation>Pour une réponse contenant des données personnelles : la lettre et chaque PDF ajouté reçoivent un même mot de passe, affiché une seule fois, à communiquer par téléphone. Seuls les PDF peuvent être chiffrés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Ouvrir dans le logiciel de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>EmailSending</name>
    <message>
        <location filename="../../cluma_dpo/gui/send_by_email.py" line="+73"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft is open in your mail program. Was the message sent?

Yes records &apos;sent by e-mail&apos; in the request&apos;s timeline. Either way the draft is then deleted from the data folder.</source>
        <translation>Le brouillon est ouvert dans votre programme de messagerie. Le message a-t-il été envoyé ?

Oui inscrit « envoyé par courriel » dans l’historique de la demande. Dans tous les cas, le brouillon est ensuite supprimé du dossier de données.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Envoyer par &amp;courriel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An Art. 19 notice goes to the recipient, not to the data subject.</source>
        <translation>Une notification art. 19 va au destinataire, pas à la personne concernée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the letter first.</source>
        <translation>Faites d&apos;abord la lettre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the letter as a ready-to-send e-mail to {0}.</source>
        <translation>Ouvrir la lettre comme e-mail prêt à envoyer à {0}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save the e-mail</source>
        <translation>Enregistrer l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail saved as {0}: open it in your mail program to send it.</source>
        <translation>E-mail enregistré sous {0} : ouvrez-le dans votre logiciel de messagerie pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No mail program could open the draft: nothing was sent.</source>
        <translation>Aucun programme de messagerie n’a pu ouvrir le brouillon : rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recorded as sent by e-mail; the letter is kept with the request.</source>
        <translation>Non inscrit comme envoyé par courriel ; la lettre reste conservée avec la demande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as sent by e-mail.</source>
        <translation>Inscrit comme envoyé par courriel.</translation>
    </message>
</context>
<context>
    <name>FeeNoteDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/fee_note.py" line="+50"/>
        <source>Fee note for {0}</source>
        <translation>Facture pour {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on the fee note, which is in {0}: write it in {0}.</source>
        <translation>Imprimé sur la facture, rédigée en langue « {0} » : écrivez-le dans cette langue.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Issue fee note</source>
        <translation>&amp;Émettre la facture</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Further copy (Art. 15(3))</source>
        <translation>Copie supplémentaire (art. 15, par. 3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifestly unfounded (Art. 12(5)(a))</source>
        <translation>Manifestement infondée (art. 12, § 5, a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive (Art. 12(5)(a))</source>
        <translation>Excessive (art. 12, § 5, a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive, because repetitive (Art. 12(5)(a))</source>
        <translation>Excessive, car répétitive (art. 12, § 5, a)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ground:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Why the request is manifestly unfounded or excessive (printed)</source>
        <translation>Pourquoi la demande est manifestement infondée ou excessive (imprimé)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give an amount in euro greater than 0 and at most 1000, e.g. 10.00.</source>
        <translation>Indiquez un montant en euros supérieur à 0 et d&apos;au plus 1000, p. ex. 10,00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the ground on which the fee is charged.</source>
        <translation>Choisissez le motif pour lequel des frais sont demandés.</translation>
    </message>
    <message>
        <location filename="../../ui/fee_note.ui" line="+9"/>
        <source>Fee note</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GDPR Art. 12(5) and 15(3): a reasonable fee only for further copies or manifestly excessive requests. Tell the person before charging.</source>
        <translation>RGPD art. 12, par. 5, et art. 15, par. 3 : des frais raisonnables uniquement pour des copies supplémentaires ou des demandes manifestement excessives. Informez la personne avant de facturer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Amount (EUR incl. VAT):</source>
        <translation>&amp;Montant (EUR TVAC) :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the fee note as PDF afterwards</source>
        <translation>Enregistrer ensuite la facture en PDF</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="+230"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Payment reference: {0}</source>
        <translation>Communication structurée : {0}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Mark &amp;paid…</source>
        <translation>Marquer comme &amp;payée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../cluma_dpo/gui/file_dialogs.py" line="+31"/>
        <source>acknowledgement</source>
        <translation>accuse-de-reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity-request</source>
        <translation>demande-identite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension</source>
        <translation>prolongation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>reponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient-notice</source>
        <translation>notification-destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal-confirmation</source>
        <translation>confirmation-retrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register-of-requests</source>
        <translation>registre-demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarterly-report</source>
        <translation>rapport-trimestriel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/first_run.py" line="+153"/>
        <source>Connect to the database on the shared server.</source>
        <translation>Se connecter à la base de données du serveur partagé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database will be created in {0}</source>
        <translation>La base de données sera créée dans {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create database</source>
        <translation>&amp;Créer la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Begin</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invented requests in a separate database, to try every step; your own database stays empty. The folder is made if it does not exist.</source>
        <translation>Des demandes fictives dans une base de données distincte, pour essayer chaque étape ; votre propre base reste vide. Le dossier est créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Choose a folder for the demo database</source>
        <translation>Choisissez un dossier pour la base de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+9"/>
        <source>Cluma DPO — first start</source>
        <translation>Cluma DPO — premier démarrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where are the requests, letters and audit trail kept?</source>
        <translation>Où les demandes, les lettres et la piste d&apos;audit sont-elles conservées ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On &amp;this computer, in an encrypted file</source>
        <translation>Sur cet &amp;ordinateur, dans un fichier chiffré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a shared ser&amp;ver (PostgreSQL), with colleagues</source>
        <translation>Sur un serveur partagé (PostgreSQL), avec des &amp;collègues</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Nobody can recover it: a lost passphrase means all data in this database is lost. Write it down and keep it locked away.</source>
        <translation>&lt;b&gt;Conservez précieusement cette phrase secrète.&lt;/b&gt; Personne ne peut la récupérer : une phrase secrète perdue signifie que toutes les données de cette base sont perdues. Notez-la et gardez-la sous clé.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/first_run.py" line="-103"/>
        <location filename="../../ui/first_run.ui" line="-228"/>
        <source>Choose the passphrase that opens the encrypted database.</source>
        <translation>Choisissez la phrase secrète qui ouvre la base de données chiffrée.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+46"/>
        <source>Cluma DPO keeps every request, letter and audit event in one encrypted database on this computer.</source>
        <translation>Cluma DPO conserve chaque demande, chaque lettre et chaque événement d&apos;audit dans une seule base de données chiffrée sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The server&apos;s administrator tells you its name, the database and your login. Your password is asked when you connect and is never stored.</source>
        <translation>L&apos;administrateur du serveur vous indique son nom, la base de données et votre identifiant. Votre mot de passe est demandé à la connexion et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. db.example.com (empty: this computer)</source>
        <translation>p. ex. db.example.com (vide : cet ordinateur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;A certificate:</source>
        <translation>Certificat de l&apos;&amp;AC :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For a server on another computer: the connection is encrypted and the server&apos;s identity is checked with this file. Ask the administrator for it.</source>
        <translation>Pour un serveur sur un autre ordinateur : ce fichier chiffre la connexion et vérifie l&apos;identité du serveur. Demandez-le à l&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The controller as it appears on every letter.</source>
        <translation>Le responsable du traitement tel qu&apos;il figure sur chaque lettre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken from the privacy statement. Check it; you can change it later under File ▸ Settings.</source>
        <translation>Repris de la déclaration de confidentialité. Vérifiez ces données ; vous pourrez les modifier plus tard via Fichier ▸ Paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Rue et numéro :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postcode and &amp;city:</source>
        <translation>Code postal et &amp;localité :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers the requests and signs the letters.</source>
        <translation>Qui répond aux demandes et signe les lettres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Délégué à la protection des données :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-&amp;mail of the officer:</source>
        <translation>E-&amp;mail du délégué :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name under the &amp;signature:</source>
        <translation>Nom sous la &amp;signature :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title under the name:</source>
        <translation>&amp;Titre sous le nom :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Data Protection Officer</source>
        <translation>p. ex. Délégué à la protection des données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For fee notes and their payment QR code (GDPR Art. 15(3)).</source>
        <translation>Pour les factures et leur code QR de paiement (RGPD art. 15, par. 3).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You may leave it empty and fill it in later under File ▸ Settings. The next step creates the encrypted database and stores these details in it.</source>
        <translation>Vous pouvez laisser ces champs vides et les compléter plus tard via Fichier ▸ Paramètres. L&apos;étape suivante crée la base de données chiffrée et y enregistre ces données.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted database is created. How do you want to begin?</source>
        <translation>La base de données chiffrée est créée. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an &amp;empty database</source>
        <translation>Commencer avec une base de données &amp;vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main window shows what to do first: register a request (Ctrl+N) as soon as one comes in.</source>
        <translation>La fenêtre principale indique par quoi commencer : enregistrez une demande (Ctrl+N) dès qu&apos;elle arrive.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;demo data</source>
        <translation>Ouvrir les données de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+258"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="-171"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on:</source>
        <translation>Vérifiée le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document copy:</source>
        <translation>Copie du document :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock paused:</source>
        <translation>Délai suspendu :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stored encrypted; erased when the check ends</source>
        <translation>conservée chiffrée ; effacée à la fin du contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none stored</source>
        <translation>aucune conservée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>since {0} (the clock is stopped)</source>
        <translation>depuis le {0} (le délai est suspendu)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{0} – {1} (days: %n)</source>
        <translation>
            <numerusform>{0} – {1} (%n jour)</numerusform>
            <numerusform>{0} – {1} (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>KeptDocumentActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/kept_documents.py" line="+85"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} sent to the printer.</source>
        <translation>{0} envoyé(e) à l’imprimante.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save again</source>
        <translation>Réenregistrer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use as identity document</source>
        <translation>Utiliser comme pièce d’identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {0} to the identity check? It is then kept as the copy of an identity document, no longer with the correspondence, and erased once the check is done.</source>
        <translation>Transmettre {0} au contrôle d’identité ? Il est alors conservé comme copie d’une pièce d’identité, plus avec la correspondance, et effacé dès que le contrôle est terminé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handed to the identity check: {0}.</source>
        <translation>Transmis au contrôle d’identité : {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase as identity document</source>
        <translation>Effacer comme document d&apos;identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity check of {0} is over, so a copy of an identity document is not kept. Erase {1} now, with its copy in the e-mail it came with? This cannot be undone; the audit trail records it.</source>
        <translation>La vérification d&apos;identité de {0} est terminée : une copie d&apos;un document d&apos;identité n&apos;est donc pas conservée. Effacer {1} maintenant, avec sa copie dans l&apos;e-mail qui l&apos;a apporté ? Cette action est irréversible ; la piste d&apos;audit l&apos;enregistre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erased as identity document: {0}.</source>
        <translation>Effacé comme document d&apos;identité : {0}.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as {0}.</source>
        <translation>Enregistré sous {0}.</translation>
    </message>
</context>
<context>
    <name>KeptDocuments</name>
    <message>
        <location line="-242"/>
        <source>A letter of this kind exists</source>
        <translation>Une lettre de ce type existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request already has this letter: {0}, made {1} ({2}). Does the new letter replace it?</source>
        <translation>Cette demande a déjà cette lettre : {0}, créée le {1} ({2}). La nouvelle lettre la remplace-t-elle ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace: the earlier letter is removed from the documents (the timeline keeps that it was made). Keep both: both stay in the documents.</source>
        <translation>Remplacer : la lettre précédente est retirée des documents (l&apos;historique garde la trace de sa création). Conserver les deux : les deux restent dans les documents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Conserver les deux</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cluma_dpo/gui/labels.py" line="+35"/>
        <source>access</source>
        <translation>accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectification</source>
        <translation>rectification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restriction</source>
        <translation>limitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objection</source>
        <translation>opposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portability</source>
        <translation>portabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketing opt-out</source>
        <translation>désinscription marketing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity check</source>
        <translation>contrôle d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting identity</source>
        <translation>attente d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended</source>
        <translation>prolongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>attente de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post</source>
        <translation>courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly granted</source>
        <translation>partiellement accordée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matching account e-mail</source>
        <translation>adresse e-mail correspondant au compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy of an identity document</source>
        <translation>copie d&apos;une pièce d&apos;identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known customer</source>
        <translation>client connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neutral (not known)</source>
        <translation>neutre (inconnu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female: mevrouw, Madame</source>
        <translation>féminin : mevrouw, Madame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male: de heer, Monsieur</source>
        <translation>masculin : de heer, Monsieur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information asked; clock paused</source>
        <translation>informations demandées ; délai suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information received, to assess</source>
        <translation>informations reçues, à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check failed</source>
        <translation>échec du contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed (known account)</source>
        <translation>pas nécessaire (compte connu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unpaid</source>
        <translation>impayée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide on extension</source>
        <translation>décider de la prolongation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee payment overdue</source>
        <translation>paiement des frais en retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to tell</source>
        <translation>à informer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>told</source>
        <translation>informé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received nothing</source>
        <translation>n&apos;a reçu aucune donnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for identity information</source>
        <translation>Demande d&apos;informations d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension notice</source>
        <translation>Notification de prolongation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Notification à un destinataire (art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation of withdrawal</source>
        <translation>Confirmation du retrait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee note</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request registered</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject edited</source>
        <translation>Personne concernée modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check not needed</source>
        <translation>Contrôle d&apos;identité non nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity information asked</source>
        <translation>Informations d&apos;identité demandées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity information received</source>
        <translation>Informations d&apos;identité reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check failed</source>
        <translation>Échec du contrôle d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document stored</source>
        <translation>Pièce d&apos;identité conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document erased</source>
        <translation>Pièce d&apos;identité effacée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient told (Art. 19)</source>
        <translation>Destinataire informé (art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient not applicable</source>
        <translation>Destinataire sans objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient received nothing</source>
        <translation>Le destinataire n&apos;a reçu aucune donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient to tell again</source>
        <translation>Destinataire à informer à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document produced</source>
        <translation>Document créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note issued</source>
        <translation>Facture émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Frais payés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note cancelled</source>
        <translation>Facture annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the suppression list</source>
        <translation>Ajouté à la liste d&apos;exclusion</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/letter.py" line="+101"/>
        <source>Letter for {0}</source>
        <translation>Lettre pour {0}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No preview is available on this system: save the letter and open it.</source>
        <translation>Aucun aperçu n&apos;est disponible sur ce système : enregistrez la lettre et ouvrez-la.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing needs Qt&apos;s PDF module; save the letter and print it from a PDF viewer.</source>
        <translation>L&apos;impression nécessite le module PDF de Qt ; enregistrez la lettre et imprimez-la depuis un lecteur PDF.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request has no recipients to tell (Art. 19).</source>
        <translation>Cette demande n&apos;a aucun destinataire à informer (art. 19).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The preview shows the letter made before; press Make letter again.</source>
        <translation>L&apos;aperçu montre la lettre créée précédemment ; cliquez à nouveau sur Créer la lettre.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Extension notice after the first month</source>
        <translation>Avis de prolongation après le premier mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first month ended on {0}: GDPR Art. 12(3) asks that the person is told of an extension within it. Make the notice now anyway? It states the day the extension was decided.</source>
        <translation>Le premier mois a pris fin le {0} : l’art. 12, par. 3, du RGPD demande que la personne soit informée d’une prolongation dans ce délai. Établir l’avis maintenant malgré tout ? Il indique le jour où la prolongation a été décidée.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making the letter…</source>
        <translation>Création de la lettre…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Look at the letter. It is recorded in the request&apos;s documents as sent once you print or save it.</source>
        <translation>Vérifiez la lettre. Elle n’est enregistrée comme envoyée dans les documents de la demande qu’une fois imprimée ou enregistrée.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saved as {0} and recorded in the request&apos;s documents.</source>
        <translation>Enregistrée sous {0} et consignée dans les documents de la demande.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent to the printer and recorded in the request&apos;s documents.</source>
        <translation>Envoyée à l’imprimante et consignée dans les documents de la demande.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Save letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="+9"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Make letter</source>
        <translation>&amp;Créer la lettre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>LetterTexts</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/letter_texts.py" line="+37"/>
        <source>Texts in the letter</source>
        <translation>Textes de la lettre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was &amp;done:</source>
        <translation>Ce qui a été &amp;fait :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;needed (optional):</source>
        <translation>Ce qui est &amp;nécessaire (facultatif) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why the time is extended:</source>
        <translation>&amp;Pourquoi le délai est prolongé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reasons (what was not done, and why):</source>
        <translation>&amp;Motifs (ce qui n’a pas été fait, et pourquoi) :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recorded in {0}; write it here in {1}.</source>
        <translation>Enregistré en langue « {0} » ; rédigez-le ici en langue « {1} ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write it in {0}.</source>
        <translation>À rédiger en langue « {0} ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Letter in {0}: write these texts in {0}; they are printed as written.</source>
        <translation>Lettre en langue « {0} » : rédigez ces textes dans cette langue ; ils sont imprimés tels quels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter in {0}.</source>
        <translation>Lettre en langue « {0} ».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fill in “{0}” in {1} first.</source>
        <translation>Complétez d’abord « {0} » en langue « {1} ».</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../cluma_dpo/gui/lock.py" line="+81"/>
        <source>Cluma DPO is locked. The database is closed.</source>
        <translation>Cluma DPO est verrouillé. La base de données est fermée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../cluma_dpo/gui/main.py" line="+95"/>
        <source>Internal error ({0}); details are in the log. Your data is safe.</source>
        <translation>Erreur interne ({0}) ; les détails figurent dans le journal. Vos données sont en sécurité.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cluma DPO opens the shared server {0}, as chosen at an earlier start. You can try again later, or use the encrypted database on this computer from now on (nothing on the server changes).</source>
        <translation>Cluma DPO ouvre le serveur partagé {0}, choisi lors d&apos;un démarrage précédent. Vous pouvez réessayer plus tard, ou utiliser désormais la base de données chiffrée de cet ordinateur (rien ne change sur le serveur).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &amp;this computer instead</source>
        <translation>Utiliser cet &amp;ordinateur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cluma_dpo/gui/mainwindow.py" line="+265"/>
        <source>Copied; the clipboard is cleared again in 30 seconds.</source>
        <translation>Copié ; le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../cluma_dpo/gui/manual.py" line="+158"/>
        <source>Manual — Cluma DPO</source>
        <translation>Mode d&apos;emploi — Cluma DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the manual (Ctrl+F)</source>
        <translation>Rechercher dans le mode d&apos;emploi (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the sections holding every word stay in the contents; Enter finds it</source>
        <translation>Seules les parties contenant chaque mot restent dans la table des matières ; Entrée le trouve dans le texte</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No section holds “{0}”.</source>
        <translation>Aucune partie ne contient « {0} ».</translation>
    </message>
</context>
<context>
    <name>MessageRequestDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/message_request.py" line="+55"/>
        <source>Message not read</source>
        <translation>Message non lu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New request from a message</source>
        <translation>Nouvelle demande à partir d&apos;un message</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/new_request.py" line="+67"/>
        <source>How the letters address the person; neutral wording when not known.</source>
        <translation>Comment les lettres s’adressent à la personne ; formulation neutre si on ne le sait pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Form of address:</source>
        <translation>&amp;Formule d’appel :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name@example.be</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kachtemsestraat 161 bus 2</source>
        <translation>Rue Royale 161 boîte 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The privacy statement promises erasure within 30 days of deleting the account.</source>
        <translation>La déclaration de confidentialité promet l&apos;effacement dans les 30 jours suivant la suppression du compte.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Tick at least one right.</source>
        <translation>Cochez au moins un droit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the request came in.</source>
        <translation>Choisissez comment la demande est arrivée.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a right</source>
        <translation>un droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel</source>
        <translation>le canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a valid date of receipt</source>
        <translation>une date de réception valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a valid name</source>
        <translation>un nom valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a valid e-mail address</source>
        <translation>une adresse e-mail valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a complete postal address</source>
        <translation>une adresse postale complète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: {0}.</source>
        <translation>Encore nécessaire : {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/new_request.ui" line="+223"/>
        <source>Ctrl+Enter registers the request.</source>
        <translation>Ctrl+Entrée enregistre la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/new_request.ui" line="-214"/>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rights:</source>
        <translation>Droits :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access (Art. 15)</source>
        <translation>Accès (art. 15)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectification (Art. 16)</source>
        <translation>Rectification (art. 16)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erasure (Art. 17)</source>
        <translation>Effacement (art. 17)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restriction (Art. 18)</source>
        <translation>Limitation (art. 18)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objection (Art. 21(1))</source>
        <translation>Opposition (art. 21, par. 1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marketing opt-out (Art. 21(2)–(3))</source>
        <translation>Opposition à la prospection (art. 21, par. 2–3)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Portability (Art. 20)</source>
        <translation>Portabilité (art. 20)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Erasure after deleting the account (company target: 30 days)</source>
        <translation>Effacement après suppression du compte (échéance interne : 30 jours)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a known account: no identity check needed</source>
        <translation>D&apos;un compte connu : pas de contrôle d&apos;identité nécessaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Rue et numéro :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Postcode and city:</source>
        <translation>Code &amp;postal et localité :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <location filename="../../cluma_dpo/gui/notices.py" line="+98"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared server</source>
        <translation>serveur partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database encrypted</source>
        <translation>base de données chiffrée</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>locks after %n min idle</source>
        <translation>
            <numerusform>verrouillage après %n min d&apos;inactivité</numerusform>
            <numerusform>verrouillage après %n min d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>locked · database closed</source>
        <translation>verrouillé · base de données fermée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is overdue or due soon.</source>
        <translation>Rien n&apos;est en retard ni proche de l&apos;échéance.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Check the date</source>
        <translation>Vérifiez la date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}

The retention policy anonymises requests by the date of this computer, so it has not run. Is today really {1}?</source>
        <translation>{0}

La politique de conservation anonymise les demandes selon la date de cet ordinateur ; elle n’a donc pas été exécutée. Sommes-nous vraiment le {1} ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, the date is right</source>
        <translation>Oui, la date est correcte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, leave it</source>
        <translation>Non, laisser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retention policy</source>
        <translation>Durée de conservation</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) finished more than {0} years ago are due for anonymisation (names, contact data and free text removed; this cannot be undone). Anonymise them now?</source>
        <translation>
            <numerusform>%n demande clôturée il y a plus de {0} ans doit être anonymisée (nom, coordonnées et texte libre supprimés ; c&apos;est irréversible). L&apos;anonymiser maintenant ?</numerusform>
            <numerusform>%n demandes clôturées il y a plus de {0} ans doivent être anonymisées (nom, coordonnées et texte libre supprimés ; c&apos;est irréversible). Les anonymiser maintenant ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Retention policy: %n request(s) finished more than {0} years ago anonymised.</source>
        <translation>
            <numerusform>Politique de conservation : %n demande terminée il y a plus de {0} ans a été anonymisée.</numerusform>
            <numerusform>Politique de conservation : %n demandes terminées il y a plus de {0} ans ont été anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show Cluma DPO</source>
        <translation>Afficher Cluma DPO</translation>
    </message>
</context>
<context>
    <name>ObjectionReviewDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/objections.py" line="+36"/>
        <source>Objections to confirm</source>
        <translation>Oppositions à confirmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These requests were registered as an objection before the two kinds were told apart. Say for each which it was: an objection to processing based on legitimate interests (Art. 21(1): one month, weighed against compelling grounds) or an objection to direct marketing (Art. 21(2)–(3): absolute). The suppression list stays as it is.</source>
        <translation>Ces demandes ont été enregistrées comme opposition avant que les deux types soient distingués. Indiquez pour chacune de quoi il s’agissait : une opposition à un traitement fondé sur l’intérêt légitime (art. 21, par. 1 : un mois, mise en balance avec des motifs impérieux) ou une opposition à la prospection (art. 21, par. 2–3 : absolue). La liste d’exclusion reste inchangée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Art. 21(1) objection</source>
        <translation>Opposition art. 21, par. 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing opt-out</source>
        <translation>Prospection</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>confirmed: Art. 21(1) objection</source>
        <translation>confirmé : opposition art. 21, par. 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed: marketing opt-out</source>
        <translation>confirmé : opposition à la prospection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: confirmed as an Art. 21(1) objection.</source>
        <translation>{0} : confirmée comme opposition art. 21, par. 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: confirmed as a marketing opt-out.</source>
        <translation>{0} : confirmée comme opposition à la prospection.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../cluma_dpo/gui/office.py" line="+84"/>
        <source>Stop using the shared ser&amp;ver…</source>
        <translation>Ne p&amp;lus utiliser le serveur partagé…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the next start on, open the encrypted database on this computer instead of the shared server</source>
        <translation>À partir du prochain démarrage, ouvrir la base de données chiffrée de cet ordinateur au lieu du serveur partagé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>management</source>
        <translation>direction</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in to the shared server as {0}</source>
        <translation>Connecté au serveur partagé en tant que {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own password on the shared server</source>
        <translation>Votre propre mot de passe sur le serveur partagé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop using the shared server</source>
        <translation>Ne plus utiliser le serveur partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the next start on, Cluma DPO opens the encrypted database on this computer instead of {0}. Nothing on the server changes, and you stay signed in until you quit. Stop using the server?</source>
        <translation>À partir du prochain démarrage, Cluma DPO ouvre la base de données chiffrée de cet ordinateur au lieu de {0}. Rien ne change sur le serveur, et vous restez connecté jusqu&apos;à ce que vous quittiez le programme. Ne plus utiliser le serveur ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The next start opens the encrypted database on this computer.</source>
        <translation>Le prochain démarrage ouvrira la base de données chiffrée de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The shared server cannot be reached; what you typed stays on the screen. Save it again once the server is back.</source>
        <translation>Le serveur partagé est injoignable ; ce que vous avez saisi reste à l&apos;écran. Enregistrez-le à nouveau dès que le serveur est de retour.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Read the settings (only a DPO changes them)</source>
        <translation>Lire les paramètres (seul un DPO les modifie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The management role reads the register without personal data and the figures (Reports ▸ Quarterly report); it takes no step.</source>
        <translation>Le rôle direction lit le registre sans données personnelles et les chiffres (Rapports ▸ Rapport trimestriel) ; il n&apos;effectue aucune étape.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refusing, rejecting or extending is the DPO&apos;s decision (GDPR Art. 12(3) and (5)); ask the DPO.</source>
        <translation>Refuser, rejeter ou prolonger est la décision du DPO (RGPD art. 12, §§ 3 et 5) ; demandez-le au DPO.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On a shared server the server&apos;s administrator keeps the backups.</source>
        <translation>Sur un serveur partagé, c&apos;est l&apos;administrateur du serveur qui fait les sauvegardes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assistant role may not restore a backup; on a shared server the server&apos;s administrator keeps the backups.</source>
        <translation>Le rôle assistant ne peut pas restaurer une sauvegarde ; sur un serveur partagé, c&apos;est l&apos;administrateur du serveur qui fait les sauvegardes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide everything and sign out until your server password is entered again</source>
        <translation>Tout masquer et se déconnecter jusqu&apos;à ce que votre mot de passe du serveur soit à nouveau saisi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The management role sees the register without personal data: no name, no detail and no step; the figures are under Reports ▸ Quarterly report.</source>
        <translation>Le rôle direction voit le registre sans données personnelles : aucun nom, aucun détail et aucune étape ; les chiffres sont sous Rapports ▸ Rapport trimestriel.</translation>
    </message>
</context>
<context>
    <name>OpenFileActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/open_files.py" line="+44"/>
        <source>Open e-mail &amp;message…</source>
        <translation>Ouvrir un messa&amp;ge e-mail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a request from a saved e-mail (.eml or Outlook .msg)</source>
        <translation>Enregistrer une demande à partir d&apos;un e-mail enregistré (.eml ou Outlook .msg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a scanned letter (PDF, JPEG, PNG) or an e-mail with the request</source>
        <translation>Conserver une lettre scannée (PDF, JPEG, PNG) ou un e-mail avec la demande</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open e-mail message</source>
        <translation>Ouvrir un message e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail messages ({0})</source>
        <translation>Messages e-mail ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach file to {0}</source>
        <translation>Joindre un fichier à {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and e-mails ({0})</source>
        <translation>Scans et e-mails ({0})</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/common.py" line="+84"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase may not contain line breaks.</source>
        <translation>La phrase secrète ne peut pas contenir de sauts de ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {0} characters ({1} so far).</source>
        <translation>Au moins {0} caractères ({1} pour l&apos;instant).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the same passphrase twice.</source>
        <translation>Tapez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the passphrase.</source>
        <translation>Répétez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/passphrase.py" line="+34"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Répétez la nouvelle :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups made before keep the old passphrase: keep the old passphrase as long as you keep those backups. Make a new backup after the change.</source>
        <translation>Les sauvegardes faites auparavant gardent l&apos;ancienne phrase secrète : conservez-la aussi longtemps que ces sauvegardes. Faites une nouvelle sauvegarde après le changement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est identique à l&apos;actuelle.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The current passphrase is not correct.</source>
        <translation>La phrase secrète actuelle n&apos;est pas correcte.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/send_by_email.py" line="-188"/>
        <source>Password of the PDF</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF in the draft is encrypted with this password. Give it to the person by phone or SMS, never in the same e-mail. It is shown only now and is not kept anywhere.</source>
        <translation>Le PDF du brouillon est chiffré avec ce mot de passe. Communiquez-le à la personne par téléphone ou par SMS, jamais dans le même courriel. Il n’est affiché que maintenant et n’est conservé nulle part.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/i18n.py" line="+46"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuarterDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/quarter.py" line="+27"/>
        <source>Q{0} (months {1}–{2})</source>
        <translation>T{0} (mois {1} à {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF with charts</source>
        <translation>PDF avec graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX) with the figures</source>
        <translation>Classeur Excel (XLSX) avec les chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/quarter.ui" line="+9"/>
        <source>Quarterly report</source>
        <translation>Rapport trimestriel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/reason.py" line="+152"/>
        <source>Is one of these attachments an identity document? It will be erased now.</source>
        <translation>L&apos;une de ces pièces jointes est-elle un document d&apos;identité ? Elle sera effacée maintenant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticked: erased with the check, with its copy in the e-mail it came with (GDPR Art. 5(1)(c)). Not ticked: kept with the correspondence.</source>
        <translation>Coché : effacé avec la vérification, avec sa copie dans l&apos;e-mail qui l&apos;a apporté (RGPD art. 5, par. 1, c). Non coché : conservé avec la correspondance.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/reason.ui" line="+31"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>optional: a copy of the identity document</source>
        <translation>facultatif : une copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <location filename="../../cluma_dpo/gui/recipients_editor.py" line="+31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Dénomination légale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguard outside the EEA</source>
        <translation>Garantie hors EEE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of notices (nl, fr, en, de)</source>
        <translation>Langue des notifications (nl, fr, en, de)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New recipient</source>
        <translation>Nouveau destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>processor</source>
        <translation>sous-traitant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controller</source>
        <translation>responsable du traitement</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the recipient</source>
        <translation>Supprimer le destinataire</translation>
    </message>
</context>
<context>
    <name>RecipientsTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/detail_tabs.py" line="+73"/>
        <source>GDPR Art. 19: tell every recipient of the rectification, erasure or restriction, or record why not.</source>
        <translation>RGPD art. 19 : informez chaque destinataire de la rectification, de l&apos;effacement ou de la limitation, ou consignez pourquoi ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Told</source>
        <translation>&amp;Informé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not applicable…</source>
        <translation>&amp;Sans objet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received n&amp;othing</source>
        <translation>N&apos;a reçu &amp;aucune donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice &amp;letter…</source>
        <translation>&amp;Lettre de notification…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GDPR Art. 19 applies to this request, but no recipients were listed when it was registered (File ▸ Settings ▸ Recipients).</source>
        <translation>Le RGPD art. 19 s&apos;applique à cette demande, mais aucun destinataire n&apos;était listé lors de son enregistrement (Fichier ▸ Paramètres ▸ Destinataires).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recipients to tell: Art. 19 applies to rectification, erasure and restriction only.</source>
        <translation>Aucun destinataire à informer : l&apos;art. 19 ne s&apos;applique qu&apos;à la rectification, à l&apos;effacement et à la limitation.</translation>
    </message>
</context>
<context>
    <name>RequestListPanel</name>
    <message>
        <location filename="../../cluma_dpo/gui/request_list.py" line="+71"/>
        <location line="+243"/>
        <source>Search name, e-mail, reference…</source>
        <translation>Nom, e-mail, référence…</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this filter</source>
        <translation>Supprimer ce filtre</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo data…</source>
        <translation>Ouvrir les données de démonstration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for identity</source>
        <translation>attente d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting payment</source>
        <translation>attente de paiement</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>open</source>
        <translation>ouvertes</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>due within %n days</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>card: {0}</source>
        <translation>carte : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status: {0}</source>
        <translation>statut : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right: {0}</source>
        <translation>droit : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search: “{0}”</source>
        <translation>recherche : « {0} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request matches all of these filters:</source>
        <translation>Aucune demande ne répond à tous ces filtres :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No search: the management role reads the register without personal data</source>
        <translation>Pas de recherche : le rôle direction lit le registre sans données personnelles</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;No requests yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register the first request as soon as one comes in (Ctrl+N), or try the program on demo data first.&lt;/p&gt;&lt;p&gt;The organisation&apos;s details, your signature, the bank account and the letter templates are under File ▸ Settings (Ctrl+,).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune demande pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Enregistrez la première demande dès qu&apos;elle arrive (Ctrl+N), ou essayez d&apos;abord le programme sur des données de démonstration.&lt;/p&gt;&lt;p&gt;Les coordonnées de l&apos;organisation, votre signature, le compte bancaire et les modèles de lettres se trouvent sous Fichier ▸ Paramètres (Ctrl+,).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../cluma_dpo/gui/models/requests_model.py" line="+40"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(anonymised)</source>
        <translation>(anonymisée)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="+55"/>
        <location line="+56"/>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Restoring replaces the database by a backup. The current database is first kept as a safety copy in {0}; what was recorded after the backup was made is not in the backup.</source>
        <translation>La restauration remplace la base de données par une sauvegarde. La base actuelle est d&apos;abord conservée comme copie de sécurité dans {0} ; ce qui a été enregistré après la sauvegarde n&apos;y figure pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the backup was made with: the current one, unless it was changed after the backup.</source>
        <translation>La phrase secrète avec laquelle la sauvegarde a été faite : l&apos;actuelle, sauf si elle a été changée après la sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check backup</source>
        <translation>&amp;Vérifier la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace the current database by this backup</source>
        <translation>&amp;Remplacer la base de données actuelle par cette sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>This backup holds %n request(s); its last entry dates from {0}.</source>
        <translation>
            <numerusform>Cette sauvegarde contient %n demande ; sa dernière entrée date du {0}.</numerusform>
            <numerusform>Cette sauvegarde contient %n demandes ; sa dernière entrée date du {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its audit trail is intact (%n event(s)).</source>
        <translation>
            <numerusform>Sa piste d&apos;audit est intacte (%n événement).</numerusform>
            <numerusform>Sa piste d&apos;audit est intacte (%n événements).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../cluma_dpo/gui/safety_actions.py" line="+58"/>
        <location line="+76"/>
        <source>Make &amp;backup…</source>
        <translation>Faire une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>An encrypted copy of the whole database, to keep elsewhere</source>
        <translation>Une copie chiffrée de toute la base de données, à conserver ailleurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore bac&amp;kup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database by a backup (the current one is kept as a copy)</source>
        <translation>Remplacer la base de données par une sauvegarde (l&apos;actuelle est conservée en copie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt the database with a new passphrase</source>
        <translation>Chiffrer la base de données avec une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backup yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last backup: {0}</source>
        <translation>Dernière sauvegarde : {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backup of this database has been made yet.</source>
        <translation>Aucune sauvegarde de cette base de données n&apos;a encore été faite.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>La dernière sauvegarde date d&apos;il y a %n jour.</numerusform>
            <numerusform>La dernière sauvegarde date d&apos;il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a backup now, and keep it somewhere else than this computer.</source>
        <translation>Faites une sauvegarde maintenant et conservez-la ailleurs que sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup saved as {0}</source>
        <translation>Sauvegarde enregistrée sous {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup was restored; the window shows it now.</source>
        <translation>La sauvegarde a été restaurée ; la fenêtre l&apos;affiche maintenant.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The backup {0} was restored: %n request(s).</source>
        <translation>
            <numerusform>La sauvegarde {0} a été restaurée&#xa0;: %n demande.</numerusform>
            <numerusform>La sauvegarde {0} a été restaurée&#xa0;: %n demandes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {0} was restored.</source>
        <translation>La sauvegarde {0} a été restaurée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window shows it now. The database as it was before the restore is kept as a safety copy in {0}.</source>
        <translation>La fenêtre l&apos;affiche maintenant. La base de données telle qu&apos;elle était avant la restauration est conservée comme copie de sécurité dans {0}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password changed. Sign in with the new one from now on.</source>
        <translation>Mot de passe changé. Connectez-vous désormais avec le nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase changed. The program&apos;s own safety copies use it too; backups made before keep the old passphrase.</source>
        <translation>Phrase secrète modifiée. Les copies de sécurité du programme l&apos;utilisent aussi ; les sauvegardes faites auparavant gardent l&apos;ancienne phrase secrète.</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/safety.py" line="-309"/>
        <source>Cluma DPO backup (*.db)</source>
        <translation>Sauvegarde Cluma DPO (*.db)</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/server_choice.py" line="+81"/>
        <source>The server&apos;s CA certificate</source>
        <translation>Le certificat de l&apos;AC du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} is another computer: choose the file of the server&apos;s CA certificate, so that the connection is encrypted and the server is the right one. Its administrator can give it to you.</source>
        <translation>{0} est un autre ordinateur : choisissez le fichier du certificat de l&apos;AC du serveur, pour que la connexion soit chiffrée et atteigne bien le bon serveur. Son administrateur peut vous le fournir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no file {0}.</source>
        <translation>Le fichier {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A password does not belong in the login or the host: leave it out. Connect asks for it, and it is never stored.</source>
        <translation>Un mot de passe n&apos;a pas sa place dans l&apos;identifiant ni dans l&apos;hôte : retirez-le. Se connecter le demande, et il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is the server&apos;s name or address, or a folder on this computer: without spaces and without @, ? or #.</source>
        <translation>L&apos;hôte est le nom ou l&apos;adresse du serveur, ou un dossier de cet ordinateur : sans espaces et sans @, ? ni #.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the database and your login.</source>
        <translation>Indiquez la base de données et votre identifiant.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The database {0} on the server has not been set up for Cluma DPO yet. Ask the server&apos;s administrator to set it up, as the owner of the database, and to give your login a role (DPO, assistant or management); then connect again.</source>
        <translation>La base de données {0} du serveur n&apos;est pas encore préparée pour Cluma DPO. Demandez à l&apos;administrateur du serveur de la préparer, en tant que propriétaire de la base, et de donner un rôle à votre identifiant (DPO, assistant ou direction) ; puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {0} on the server was made by an older version of Cluma DPO. Ask the server&apos;s administrator to bring it up to date, as its owner; then connect again.</source>
        <translation>La base de données {0} du serveur a été créée par une version plus ancienne de Cluma DPO. Demandez à l&apos;administrateur du serveur de la mettre à jour, en tant que propriétaire ; puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/passphrase.py" line="+32"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password on the shared server changes now, and your key to the documents with it. Sign in with the new one from now on; if your computer keeps the password for you (a password file), change it there too.</source>
        <translation>Votre mot de passe sur le serveur partagé change maintenant, et votre clé des documents avec lui. Connectez-vous désormais avec le nouveau ; si votre ordinateur garde le mot de passe pour vous (un fichier de mots de passe), changez-le là aussi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the current password.</source>
        <translation>Tapez le mot de passe actuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new password is the same as the current one.</source>
        <translation>Le nouveau mot de passe est le même que l&apos;actuel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
</context>
<context>
    <name>SettingFields</name>
    <message>
        <location filename="../../cluma_dpo/gui/setting_fields.py" line="+42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Rue et numéro :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Localité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (ISO code):</source>
        <translation>Pa&amp;ys (code ISO) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Délégué à la protection des données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail of the officer:</source>
        <translation>E-&amp;mail du délégué :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name under the &amp;signature:</source>
        <translation>Nom sous la &amp;signature :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title under the name:</source>
        <translation>&amp;Titre sous le nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>&amp;Langue par défaut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope &amp;window:</source>
        <translation>&amp;Fenêtre de l&apos;enveloppe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee for a further copy (EUR):</source>
        <translation>&amp;Frais pour une copie supplémentaire (EUR) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;AT rate (%):</source>
        <translation>Taux de &amp;TVA (%) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients (Art. 19)</source>
        <translation>Destinataires (art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources (Art. 15(1)(g))</source>
        <translation>Sources (art. 15, par. 1, g)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the clock while identity information is awaited</source>
        <translation>&amp;Suspendre le délai tant que des informations d&apos;identité sont attendues</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Days to pay a fee note:</source>
        <translation>&amp;Délai de paiement d&apos;une facture (jours) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn before a due date (days):</source>
        <translation>&amp;Avertir avant une échéance (jours) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock when idle for (minutes):</source>
        <translation>&amp;Verrouiller après inactivité (minutes) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to make a &amp;backup after (days, 0 = never):</source>
        <translation>&amp;Rappeler de faire une sauvegarde après (jours, 0 = jamais) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the program&apos;s safety &amp;copies after (days):</source>
        <translation>Supprimer les &amp;copies de sécurité du programme après (jours) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anonymise finished requests after (years):</source>
        <translation>&amp;Anonymiser les demandes terminées après (années) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Names and e-mail addresses in the quarterly report&apos;s workbook</source>
        <translation>&amp;Noms et adresses e-mail dans le classeur du rapport trimestriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;reminder before a due date (days):</source>
        <translation>&amp;Rappel dans l&apos;agenda avant une échéance (jours) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names of data subjects in the &amp;calendar</source>
        <translation>Noms des personnes concernées dans l&apos;&amp;agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;file kept up to date (.ics, empty: none):</source>
        <translation>&amp;Fichier d&apos;agenda tenu à jour (.ics, vide : aucun) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the &amp;screens:</source>
        <translation>Langue des &amp;écrans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes (a)</source>
        <translation>Finalités (a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data (b)</source>
        <translation>Catégories de données (b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period (d):</source>
        <translation>Durée de conservation (d) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decisions (h):</source>
        <translation>Décisions automatisées (h) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left (DIN 5008)</source>
        <translation>gauche (DIN 5008)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} must be a text of at most {1} characters, on one line; it cannot be empty.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un texte d&apos;au plus {1} caractères sur une seule ligne ; il ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a text of at most {1} characters, on one line.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un texte d&apos;au plus {1} caractères sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a whole number from {1} to {2}.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un nombre entier de {1} à {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} must be a number greater than {1} and at most {2}, with at most {3} decimals.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un nombre supérieur à {1} et d&apos;au plus {2}, avec au plus {3} décimales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} must be a number from {1} to {2}, with at most {3} decimals.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un nombre de {1} à {2}, avec au plus {3} décimales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} may hold at most {1} items of at most {2} characters each, without line breaks.</source>
        <translation>«&#xa0;{0}&#xa0;» peut contenir au plus {1} éléments d&apos;au plus {2} caractères chacun, sans saut de ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: each recipient needs a name; the country is a two-letter ISO code (e.g. BE, US); a recipient outside the EEA needs a safeguard; no name twice; at most {1}.</source>
        <translation>{0} : chaque destinataire a besoin d&apos;un nom ; le pays est un code ISO à deux lettres (p. ex. BE, US) ; un destinataire hors de l&apos;EEE a besoin d&apos;une garantie ; aucun nom deux fois ; {1} au plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be one of: {1}.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être l&apos;une des valeurs suivantes : {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be on or off.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être activé ou désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} must be a valid IBAN (e.g. BE71 0961 2345 6769), or empty.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un IBAN valide (p. ex. BE71 0961 2345 6769), ou rester vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a valid BIC of 8 or 11 characters (e.g. GEBABEBB), or empty.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un BIC valide de 8 ou 11 caractères (p. ex. GEBABEBB), ou rester vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a valid Belgian VAT number (e.g. BE 0403.019.261), or empty.</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un numéro de TVA belge valide (p. ex. BE 0403.019.261), ou rester vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be a valid e-mail address (e.g. info@cluma.com).</source>
        <translation>«&#xa0;{0}&#xa0;» doit être une adresse e-mail valide (p. ex. info@cluma.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a two-letter ISO 3166 country code (e.g. BE, NL, FR).</source>
        <translation>«&#xa0;{0}&#xa0;» doit être un code pays ISO 3166 de deux lettres (p. ex. BE, NL, FR).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the item</source>
        <translation>Supprimer l&apos;élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/settings.py" line="+88"/>
        <source>Calendar file kept up to date</source>
        <translation>Fichier d&apos;agenda tenu à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a DPO changes the settings; your role reads them.</source>
        <translation>Seul un DPO modifie les paramètres ; votre rôle les lit.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where the calendar file is kept</source>
        <translation>Choisir où le fichier d&apos;agenda est tenu</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Correct the marked fields first: {0}.</source>
        <translation>Corrigez d&apos;abord les champs signalés : {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+9"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The controller as it appears on every letter and fee note.</source>
        <translation>Le responsable du traitement tel qu&apos;il figure sur chaque lettre et chaque facture.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Officer &amp;&amp; letters</source>
        <translation>Délégué &amp;&amp; lettres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who signs the letters, and how they are laid out.</source>
        <translation>Qui signe les lettres, et leur mise en page.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bank &amp;&amp; fees</source>
        <translation>Banque &amp;&amp; frais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account printed on fee notes and in their payment QR code, and the tariff for a further copy of the data (GDPR Art. 15(3)).</source>
        <translation>Le compte imprimé sur les factures et dans leur code QR de paiement, et le tarif d&apos;une copie supplémentaire des données (RGPD art. 15, par. 3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recipients &amp;&amp; sources</source>
        <translation>Destinataires &amp;&amp; sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients are told of every rectification, erasure or restriction (GDPR Art. 19); sources are named in the answer to an access request when the data did not come from the data subject. Double-click an item to edit it.</source>
        <translation>Les destinataires sont informés de chaque rectification, effacement ou limitation (RGPD art. 19) ; les sources sont mentionnées dans la réponse à une demande d&apos;accès lorsque les données ne proviennent pas de la personne concernée. Double-cliquez sur un élément pour le modifier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access information</source>
        <translation>Informations d&apos;accès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What an answer to an access request tells the data subject (GDPR Art. 15(1)), in each letter language.</source>
        <translation>Ce que la réponse à une demande d&apos;accès communique à la personne concernée (RGPD art. 15, par. 1), dans chaque langue de lettre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Langue de la lettre :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deadlines &amp;&amp; security</source>
        <translation>Délais &amp;&amp; sécurité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When to warn, whether the clock stops while identity information is awaited (EDPB Guidelines 01/2022, §5.3), when the program locks itself, how long finished requests are kept, and the language of the screens.</source>
        <translation>Quand avertir, si le délai est suspendu dans l&apos;attente d&apos;informations d&apos;identité (lignes directrices 01/2022 du CEPD, § 5.3), quand le programme se verrouille, combien de temps les demandes terminées sont conservées, et la langue des écrans.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters are made from templates, one per kind and language. Editing one makes your own copy in the data folder, which takes the place of the shipped one; resetting deletes your copy.</source>
        <translation>Les lettres sont créées à partir de modèles, un par type et par langue. Modifier un modèle crée votre propre copie dans le dossier de données, qui remplace le modèle fourni ; le rétablir supprime votre copie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter l&amp;anguage:</source>
        <translation>L&amp;angue de la lettre :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open to edit</source>
        <translation>&amp;Ouvrir pour modifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to the shipped one…</source>
        <translation>&amp;Rétablir le modèle fourni…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../cluma_dpo/gui/steps.py" line="+48"/>
        <source>GDPR Art. 12(3): the time to answer may be extended once, by two further months, when the request is complex or numerous. The data subject must be told why within the first month.

Due now: {0}. Extended: {1}.</source>
        <translation>RGPD art. 12, par. 3 : le délai de réponse peut être prolongé une fois de deux mois lorsque la demande est complexe ou que les demandes sont nombreuses. La personne concernée doit en être informée, motifs à l&apos;appui, dans le premier mois.

Échéance actuelle : {0}. Après prolongation : {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extend {0}</source>
        <translation>Prolonger {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+57"/>
        <source>Close {0}</source>
        <translation>Clôturer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record how the request was answered. A refusal or a partial grant needs the reasons the data subject is told (GDPR Art. 12(4)).</source>
        <translation>Consignez la réponse apportée à la demande. Un refus ou un accord partiel exige les motifs communiqués à la personne concernée (RGPD art. 12, par. 4).</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+57"/>
        <source>&amp;Close request</source>
        <translation>&amp;Clôturer la demande</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>{0}: extended; the new deadline is {1}.</source>
        <translation>{0} : prolongée ; la nouvelle échéance est le {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason told to the data subject (in {0}):</source>
        <translation>Motif communiqué à la personne concernée (en langue « {0} ») :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer is recorded: {0}. Close the request once every recipient is told (GDPR Art. 19); the recorded answer stays as it is.</source>
        <translation>La réponse est enregistrée : {0}. Clôturez la demande dès que chaque destinataire a été informé (art. 19 RGPD) ; la réponse enregistrée reste telle quelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: closed.</source>
        <translation>{0} : clôturée.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{0}: answer recorded ({1}).</source>
        <translation>{0} : réponse enregistrée ({1}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Reasons:</source>
        <translation>Motifs :</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Withdrawal of {0}</source>
        <translation>Retrait de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data subject withdrew the request. Nothing more will be done.</source>
        <translation>La personne concernée a retiré sa demande. Plus rien ne sera fait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;withdrawal</source>
        <translation>Enregistrer le &amp;retrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: recorded as withdrawn.</source>
        <translation>{0} : enregistrée comme retirée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional):</source>
        <translation>Note (facultative) :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reject {0}</source>
        <translation>Rejeter {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 12(5): a manifestly unfounded or excessive request may be refused. The company must be able to show why: record the reasons.</source>
        <translation>RGPD art. 12, par. 5 : une demande manifestement infondée ou excessive peut être refusée. L&apos;entreprise doit pouvoir démontrer pourquoi : consignez les motifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose the ground)</source>
        <translation>(choisissez le motif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifestly unfounded</source>
        <translation>Manifestement infondée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive</source>
        <translation>Excessive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excessive, because of its repetitive character</source>
        <translation>Excessive, en raison de son caractère répétitif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: rejected (Art. 12(5)).</source>
        <translation>{0} : rejetée (art. 12, par. 5).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for identity information</source>
        <translation>Demander des informations d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 12(6): ask only what removes a reasonable doubt. The clock stops from the day you ask until the information arrives (EDPB 01/2022 §5.3).</source>
        <translation>RGPD art. 12, par. 6 : ne demandez que ce qui lève un doute raisonnable. Le délai est suspendu du jour de la demande jusqu&apos;à l&apos;arrivée des informations (CEPD 01/2022, § 5.3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+119"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>{0}: identity information asked; the clock stops.</source>
        <translation>{0} : informations d&apos;identité demandées ; le délai est suspendu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is needed (optional, in {0}):</source>
        <translation>Ce qui est nécessaire (facultatif, en langue « {0} ») :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity information received</source>
        <translation>Informations d&apos;identité reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock runs again from this day. A copy of an identity document is stored encrypted and erased as soon as the check ends.</source>
        <translation>Le délai court à nouveau à partir de ce jour. Une copie de pièce d&apos;identité est conservée chiffrée et effacée dès la fin du contrôle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: identity information received; the clock runs again.</source>
        <translation>{0} : informations d&apos;identité reçues ; le délai court à nouveau.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Erased as identity document: {0}.</source>
        <translation>Effacé comme document d&apos;identité : {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was the identity of the data subject established?</source>
        <translation>Comment l&apos;identité de la personne concernée a-t-elle été établie ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified</source>
        <translation>&amp;Vérifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: identity verified ({1}).</source>
        <translation>{0} : identité vérifiée ({1}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity check failed</source>
        <translation>Échec du contrôle d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 11(2), 12(2): the data subject could not be identified. Close the request as refused afterwards, with the reasons.</source>
        <translation>RGPD art. 11, par. 2, et art. 12, par. 2 : la personne concernée n&apos;a pas pu être identifiée. Clôturez ensuite la demande comme refusée, motifs à l&apos;appui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;failure</source>
        <translation>Enregistrer l&apos;&amp;échec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: identity check failed.</source>
        <translation>{0} : contrôle d&apos;identité échoué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Reason (optional):</source>
        <translation>Motif (facultatif) :</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fee note {0} paid</source>
        <translation>Facture {0} payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note {0} of {1}, reference {2}.</source>
        <translation>Facture {0} de {1}, communication {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;paid</source>
        <translation>Marquer comme &amp;payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee note {0} marked paid.</source>
        <translation>Facture {0} marquée comme payée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel fee note {0}</source>
        <translation>Annuler la facture {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee note stays in the register as cancelled.</source>
        <translation>La facture reste dans le registre comme annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;fee note</source>
        <translation>&amp;Annuler la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee note {0} cancelled.</source>
        <translation>Facture {0} annulée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient not applicable</source>
        <translation>Destinataire sans objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telling {0} proves impossible or involves disproportionate effort (GDPR Art. 19). The answer letter says so.</source>
        <translation>Informer {0} s&apos;avère impossible ou exige des efforts disproportionnés (RGPD, art. 19). La lettre de réponse le mentionne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} recorded as not applicable.</source>
        <translation>{0} : {1} enregistré comme sans objet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../cluma_dpo/gui/subject_editor.py" line="+61"/>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Postcode, city:</source>
        <translation>Code &amp;postal, localité :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Form of address:</source>
        <translation>&amp;Formule d’appel :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/task.py" line="+44"/>
        <source>Making {0}…</source>
        <translation>Création de {0}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as {0}</source>
        <translation>Enregistré sous {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/task.ui" line="+41"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/templates_tab.py" line="+29"/>
        <source>Words around every letter (salutation, closing)</source>
        <translation>Formules de chaque lettre (appel, salutation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared sections</source>
        <translation>Sections communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording of every letter (catalogue)</source>
        <translation>Formulation de chaque lettre (catalogue)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reset template</source>
        <translation>Rétablir le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your copy of “{0}” and use the shipped template again? Your changes to it are lost.</source>
        <translation>Supprimer votre copie de « {0} » et utiliser à nouveau le modèle fourni ? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>your copy: {0}</source>
        <translation>votre copie : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipped</source>
        <translation>fourni</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Opened {0}. Save it in the editor; the next letter uses it.</source>
        <translation>{0} ouvert. Enregistrez-le dans l&apos;éditeur ; la prochaine lettre l&apos;utilisera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No editor could be started; edit {0} yourself.</source>
        <translation>Aucun éditeur n&apos;a pu être lancé ; modifiez {0} vous-même.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The shipped template applies again.</source>
        <translation>Le modèle fourni s&apos;applique à nouveau.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../cluma_dpo/gui/timeline.py" line="+23"/>
        <source>via the app</source>
        <translation>via l’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via the command line</source>
        <translation>via la ligne de commande</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../cluma_dpo/gui/dialogs/unlock.py" line="+46"/>
        <source>Cluma DPO is locked. Enter the passphrase to continue.</source>
        <translation>Cluma DPO est verrouillé. Saisissez la phrase secrète pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluma DPO — sign in</source>
        <translation>Cluma DPO — connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluma DPO is locked. Enter your server password to continue.</source>
        <translation>Cluma DPO est verrouillé. Saisissez votre mot de passe du serveur pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the shared server with your password.</source>
        <translation>Connectez-vous au serveur partagé avec votre mot de passe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0}</source>
        <translation>Serveur : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login: {0}</source>
        <translation>Utilisateur : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: {0}, database {1}</source>
        <translation>Serveur : {0}, base de données {1}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Server &amp;password:</source>
        <translation>Mot de &amp;passe du serveur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use &amp;this computer instead</source>
        <translation>Utiliser cet &amp;ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this server: from now on Cluma DPO opens the encrypted database on this computer. Nothing on the server changes.</source>
        <translation>Oublier ce serveur : désormais Cluma DPO ouvre la base de données chiffrée de cet ordinateur. Rien ne change sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="+9"/>
        <source>Cluma DPO — unlock</source>
        <translation>Cluma DPO — déverrouillage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is encrypted. Enter the passphrase to open it.</source>
        <translation>La base de données est chiffrée. Saisissez la phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../cluma_dpo/gui/unsaved.py" line="+26"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard the new request?</source>
        <translation>Abandonner la nouvelle demande ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you filled in is not registered. Discard it?</source>
        <translation>Ce que vous avez rempli n’est pas enregistré. L’abandonner ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <comment>throw the filled-in form away</comment>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location line="+29"/>
        <source>The changes to the data subject of {0} are not saved yet. Save them?</source>
        <translation>Les modifications de la personne concernée de {0} ne sont pas encore enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The unsaved changes to {0} were dropped: another database was opened.</source>
        <translation>Les modifications non enregistrées de {0} ont été abandonnées : une autre base de données a été ouverte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes to {0} kept; save or undo them.</source>
        <translation>Modifications de {0} gardées : enregistrez ou annulez.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The data of {0} changed in the meantime (a restore, or a change made elsewhere): your unsaved changes to it were dropped.</source>
        <translation>Les données de {0} ont changé entre-temps (une sauvegarde restaurée ou une modification faite ailleurs) : vos modifications non enregistrées ont été abandonnées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The changes to the data subject of {0} are not saved; unlock first to save them. Close and discard them?</source>
        <translation>Les modifications de la personne concernée de {0} ne sont pas enregistrées ; déverrouillez d’abord pour les enregistrer. Fermer et les abandonner ?</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../cluma_dpo/gui/workers.py" line="+28"/>
        <source>The file could not be written: {0}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal error ({0}); details are in the log.</source>
        <translation>Erreur interne ({0}) ; les détails figurent dans le journal.</translation>
    </message>
</context>
</TS>
