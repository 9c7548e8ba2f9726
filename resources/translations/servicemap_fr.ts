<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/window/about.py" line="15"/>
        <source>development version</source>
        <translation>version de développement</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>Un répertoire, des cartes, les lacunes de couverture et des circuits de référencement imprimables pour les services de protection de l’enfance et de lutte contre les VBG.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>ServiceMap fonctionne hors ligne. Il ne se connecte à Internet que si vous activez une fonction en ligne, comme les fonds de carte en ligne ou le géocodage en ligne.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="26"/>
        <source>Data credits</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>Limites administratives&#xa0;: jeux de données opérationnels communs d’OCHA (COD-AB)&#xa0;; pour le Bangladesh, produites par le Bureau des statistiques du Bangladesh (BBS), sous licence CC BY-IGO 3.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>Noms de lieux et informations sur les pays&#xa0;: GeoNames, sous licence CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>À propos de ServiceMap</translation>
    </message>
</context>
<context>
    <name>BasemapMenu</name>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="27"/>
        <source>&amp;Basemap</source>
        <translation>Fond de &amp;carte</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="30"/>
        <source>&amp;None (admin boundaries only)</source>
        <translation>&amp;Aucun (limites administratives seules)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="31"/>
        <source>Offline tiles from an &amp;MBTiles file…</source>
        <translation>Tuiles hors ligne d’un fichier &amp;MBTiles…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="32"/>
        <source>Offline tiles from a z/x/y &amp;folder…</source>
        <translation>Tuiles hors ligne d’un &amp;dossier z/x/y…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="33"/>
        <source>&amp;OpenStreetMap (online, cached)</source>
        <translation>&amp;OpenStreetMap (en ligne, mis en cache)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="53"/>
        <source>Cannot use these tiles</source>
        <translation>Impossible d’utiliser ces tuiles</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="60"/>
        <source>Offline tiles</source>
        <translation>Tuiles hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="61"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="68"/>
        <source>Folder of z/x/y tiles</source>
        <translation>Dossier de tuiles z/x/y</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="80"/>
        <source>Use online map tiles?</source>
        <translation>Utiliser des tuiles de carte en ligne ?</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="81"/>
        <source>OpenStreetMap tiles are downloaded from the internet as you look at the map, and kept for offline use. Nothing about your services is sent. Switch them on?</source>
        <translation>Les tuiles OpenStreetMap sont téléchargées depuis Internet au fil de la consultation de la carte, et conservées pour une utilisation hors ligne. Aucune information sur vos services n’est envoyée. Les activer ?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="27"/>
        <source>Check this installation</source>
        <translation>Vérifier cette installation</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="34"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="35"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="50"/>
        <source>Checking what ServiceMap needs on this computer…</source>
        <translation>Vérification de ce dont ServiceMap a besoin sur cet ordinateur…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/check_dialog.py" line="59"/>
        <source>%n essential check(s) failed. What to do is written under each.</source>
        <translation>
            <numerusform>%n vérification essentielle a échoué. Ce qu’il faut faire est indiqué dessous.</numerusform>
            <numerusform>%n vérifications essentielles ont échoué. Ce qu’il faut faire est indiqué sous chacune.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="62"/>
        <source>Everything ServiceMap needs is in place.</source>
        <translation>Tout ce dont ServiceMap a besoin est en place.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="66"/>
        <source>The checks could not run: %1</source>
        <translation>Les vérifications n’ont pas pu se faire : %1</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="29"/>
        <source>phones and e-mails</source>
        <extracomment>Translates one text (a Qt template with %1 …); the desktop sets it, the command line does not. The JSON fields as people name them (the others through importers.merge.label).</extracomment>
        <translation>téléphones et courriels</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="30"/>
        <source>other columns</source>
        <translation>autres colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="31"/>
        <source>words the types were read from</source>
        <translation>mots d&apos;où les types ont été lus</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="32"/>
        <source>how the types were found</source>
        <translation>comment les types ont été trouvés</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="33"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="34"/>
        <source>phones</source>
        <translation>téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="87"/>
        <source>Phone added %1</source>
        <translation>Téléphone ajouté %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="89"/>
        <source>Phone %1 removed</source>
        <translation>Téléphone %1 retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="91"/>
        <source>Phone %1 changed to %2</source>
        <translation>Téléphone %1 remplacé par %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="105"/>
        <source>Name %1 changed to %2</source>
        <translation>Nom %1 remplacé par %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="106"/>
        <source>Title %1 changed to %2</source>
        <translation>Fonction %1 remplacée par %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="107"/>
        <source>Department %1 changed to %2</source>
        <translation>Service %1 remplacé par %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="151"/>
        <source>%1: %2 changed to %3</source>
        <translation>%1 : %2 remplacé par %3</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="94"/>
        <source>Phone %1: %2</source>
        <translation>Téléphone %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="112"/>
        <location filename="../../desktop/commands/conflict_words.py" line="118"/>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="129"/>
        <source>Contact added: %1</source>
        <translation>Contact ajouté : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="135"/>
        <source>E-mail added %1</source>
        <translation>Courriel ajouté %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="136"/>
        <source>E-mail removed %1</source>
        <translation>Courriel retiré %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="139"/>
        <source>Contact removed: %1</source>
        <translation>Contact retiré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="149"/>
        <source>%1 added: %2</source>
        <translation>%1 ajouté : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="152"/>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="165"/>
        <source>Added %1</source>
        <translation>Ajouté %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="166"/>
        <source>Removed %1</source>
        <translation>Retiré %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="179"/>
        <source>as before</source>
        <translation>comme avant</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="47"/>
        <source>Conflicts in the shared directory</source>
        <translation>Conflits dans le répertoire partagé</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="57"/>
        <source>Two people changed the same thing differently. The server&apos;s value stays until you choose; your choice goes to the server with the next sync.</source>
        <translation>Deux personnes ont modifié la même chose différemment. La valeur du serveur reste jusqu&apos;à votre choix ; votre choix part vers le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="60"/>
        <source>The server refused some of this copy&apos;s changes: the server&apos;s values are back in this copy (yours stay in its history). Accept each refusal once you have read why.</source>
        <translation>Le serveur a refusé certaines modifications de cette copie : les valeurs du serveur sont revenues dans cette copie (les vôtres restent dans son historique). Acceptez chaque refus après en avoir lu la raison.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="63"/>
        <source>The server refused some records this copy made: keep them in this copy only, or discard them.</source>
        <translation>Le serveur a refusé des fiches créées dans cette copie&#xa0;: gardez-les dans cette copie seulement, ou supprimez-les.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="66"/>
        <source>You may only read this shared directory: a coordinator resolves its conflicts.</source>
        <translation>Vous pouvez seulement consulter ce répertoire partagé&#xa0;: un coordinateur résout ses conflits.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>Server&apos;s</source>
        <translation>Celle du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Keep all the server&apos;s</source>
        <translation>Garder toutes celles du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="71"/>
        <source>Keep all mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="72"/>
        <source>Conflicts and refused records</source>
        <translation>Conflits et fiches refusées</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Accept the refusal</source>
        <translation>Accepter le refus</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Keep only in this copy</source>
        <translation>Garder dans cette copie seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="127"/>
        <source>%1&apos;s: %2</source>
        <translation>de %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="129"/>
        <source>%1 made the other change on another copy; this copy&apos;s value is the server&apos;s.</source>
        <translation>%1 a fait l&apos;autre modification sur une autre copie ; la valeur de cette copie est celle du serveur.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>%1&apos;s</source>
        <translation>celle de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="90"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="94"/>
        <source>refused by the server</source>
        <translation>refusée par le serveur</translation>
    </message>
</context>
<context>
    <name>DateOrderBox</name>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="23"/>
        <source>day first (8 September 2026)</source>
        <translation>jour d&apos;abord (8 septembre 2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="24"/>
        <source>month first (9 August 2026)</source>
        <translation>mois d&apos;abord (9 août 2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="27"/>
        <source>Use this order for every import into this project</source>
        <translation>Utiliser cet ordre pour toutes les importations dans ce projet</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="31"/>
        <source>Dates such as 08/09/2026 are</source>
        <translation>Les dates comme 08/09/2026 sont lues</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="36"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="38"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="38"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="42"/>
        <source>&amp;Edit service…</source>
        <translation>&amp;Modifier le service…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="43"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="43"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="44"/>
        <source>&amp;Delete service</source>
        <translation>&amp;Supprimer le service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="46"/>
        <source>Show deleted / &amp;Restore…</source>
        <translation>Afficher les supprimés / Res&amp;taurer…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="47"/>
        <source>Mark &amp;verified…</source>
        <translation>Marquer comme &amp;vérifié…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="49"/>
        <source>Your &amp;name in the audit…</source>
        <translation>Votre &amp;nom dans le journal d’audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="77"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="78"/>
        <source>Edits are recorded in the project&apos;s audit under this name:</source>
        <translation>Les modifications sont enregistrées dans le journal d’audit du projet sous ce nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="112"/>
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="115"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="139"/>
        <source>This column is edited in the service editor (Enter or F2).</source>
        <translation>Cette colonne se modifie dans l’éditeur de service (Entrée ou F2).</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>E-mail or message</source>
        <translation>E-mail ou message</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Partner&apos;s update</source>
        <translation>Mise à jour du partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="199"/>
        <source>Mark verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="200"/>
        <source>“%1” was checked today. How?</source>
        <translation>« %1 » a été vérifié aujourd’hui. Comment ?</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="213"/>
        <source>Mark “%1” verified</source>
        <translation>Marquer « %1 » comme vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Deleted services</source>
        <translation>Services supprimés</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <source>No service has been deleted.</source>
        <translation>Aucun service n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Restore this service:</source>
        <translation>Restaurer ce service :</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="204"/>
        <source>“%1” marked verified today (%2), by %3.</source>
        <translation>« %1 » marqué vérifié aujourd&apos;hui (%2), par %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="205"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>ServiceMap a rencontré un problème inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="62"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>Votre fichier de projet ne risque rien&#xa0;: chaque modification est enregistrée dès qu’elle est faite. Les détails se trouvent dans %1&#xa0;; envoyez ce fichier à la personne qui vous assiste pour ServiceMap.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Help › Check this installation… shows whether this computer lacks something ServiceMap needs.</source>
        <translation>Aide › Vérifier cette installation… montre s’il manque à cet ordinateur quelque chose dont ServiceMap a besoin.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72"/>
        <source>ServiceMap</source>
        <translation>ServiceMap</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="45"/>
        <source>Export the directory</source>
        <translation>Exporter l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="52"/>
        <source>Include where confidential services (safe houses) are</source>
        <translation>Inclure l&apos;emplacement des services confidentiels (maisons sûres)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="53"/>
        <source>Without it they are listed without their location. Share such a file only with those who may know where a safe house is.</source>
        <translation>Sans cela, ils sont listés sans leur emplacement. Ne partagez un tel fichier qu&apos;avec les personnes autorisées à savoir où se trouve une maison sûre.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="57"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="60"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="67"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="68"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="56"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="28"/>
        <source>Open Referral HSDS 3.0: JSON (.json) or tabular data package (folder or .zip)</source>
        <translation>Open Referral HSDS 3.0 : JSON (.json) ou paquet de données en tableaux (dossier ou .zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="29"/>
        <source>HXL-tagged 3W/4W table (.csv or .xlsx)</source>
        <translation>tableau 3W/4W avec balises HXL (.csv ou .xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="30"/>
        <source>formatted XLSX directory</source>
        <translation>répertoire XLSX mis en forme</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="31"/>
        <source>plain CSV, one row per service at a site</source>
        <translation>CSV simple, une ligne par service et par site</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="32"/>
        <source>GeoPackage point layer for QGIS</source>
        <translation>couche de points GeoPackage pour QGIS</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="33"/>
        <source>GeoJSON points for web maps</source>
        <translation>points GeoJSON pour les cartes web</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="34"/>
        <source>KML for phone map apps</source>
        <translation>KML pour les applications de cartes sur téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="35"/>
        <source>vCard contacts for phones</source>
        <translation>contacts vCard pour les téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="86"/>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="128"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="133"/>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 enregistrements écrits dans %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="135"/>
        <source>Confidential services are listed without their location.</source>
        <translation>Les services confidentiels sont listés sans leur emplacement.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="77"/>
        <location filename="../../desktop/importing/wizard.py" line="104"/>
        <source>Choose the service list</source>
        <extracomment>how long the path must stay unchanged (typed in) before its file is read</extracomment>
        <translation>Choisir la liste des services</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="78"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>Un classeur Excel (.xlsx, .xlsm, .xls), une feuille OpenDocument (.ods) ou un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="83"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="105"/>
        <source>Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</source>
        <translation>Listes de services (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="80"/>
        <source>Service list file</source>
        <translation>Fichier de la liste des services</translation>
    </message>
</context>
<context>
    <name>GapExport</name>
    <message>
        <location filename="../../desktop/coverage/export.py" line="17"/>
        <source>Admin level</source>
        <extracomment>The exported table&apos;s columns the panel&apos;s table does not show, in words (for pyside6-lupdate).</extracomment>
        <translation>Niveau administratif</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="18"/>
        <source>Population (all ages)</source>
        <translation>Population (tous âges)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="19"/>
        <source>Children (0–17)</source>
        <translation>Enfants (0–17 ans)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="20"/>
        <source>Analysed (%1)</source>
        <translation>Analysés (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="21"/>
        <source>Services per 10,000 %1</source>
        <translation>Services pour 10 000 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="22"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Service type</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Within</source>
        <translation>Seuil d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Population analysed</source>
        <translation>Population analysée</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="55"/>
        <location filename="../../desktop/coverage/export.py" line="63"/>
        <location filename="../../desktop/coverage/export.py" line="65"/>
        <source>Export the gap analysis</source>
        <translation>Exporter l&apos;analyse des lacunes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="56"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)</source>
        <translation>Classeur Excel (*.xlsx);;Tableau CSV (*.csv);;GeoPackage pour QGIS (*.gpkg);;Raster de distance ou de temps de trajet (*.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="66"/>
        <source>Could not write %s: %s. Choose another place.</source>
        <translation>Impossible d&apos;écrire %s : %s. Choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>GapInputs</name>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="58"/>
        <source>optional: a population raster (.tif) that places a table&apos;s people</source>
        <translation>facultatif : un raster de population (.tif) qui place les personnes du tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="77"/>
        <source>Off-road walking speed where no land cover says otherwise; changing it measures travel time</source>
        <translation>Vitesse de marche hors route là où l&apos;occupation du sol n&apos;en donne pas d&apos;autre ; la modifier fait mesurer le temps de trajet</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="52"/>
        <source>Limit each service to its capacity</source>
        <translation>Limiter chaque service à sa capacité</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="83"/>
        <source>Admin level</source>
        <translation>Niveau administratif</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="87"/>
        <location filename="../../desktop/coverage/inputs.py" line="89"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="90"/>
        <source>Spread by</source>
        <translation>Répartir selon</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="93"/>
        <source>Roads</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="98"/>
        <source>Walking</source>
        <translation>À pied</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="96"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="121"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="129"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="43"/>
        <source>all areas that hold services</source>
        <translation>toutes les zones qui ont des services</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="44"/>
        <source>P-codes of the areas to analyse, separated by commas (any level); empty: the top-level areas that hold services</source>
        <translation>P-codes des zones à analyser, séparés par des virgules (tout niveau) ; vide : les zones du premier niveau qui ont des services</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="50"/>
        <source>by the areas&apos; size</source>
        <translation>selon la taille des zones</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="51"/>
        <source>The side of the analysis grid&apos;s cells; smaller is finer and slower</source>
        <translation>Le côté des cellules de la grille d&apos;analyse ; plus petit est plus fin et plus lent</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="54"/>
        <source>people in each area: a table (.csv/.xlsx) or a map (.tif)</source>
        <translation>habitants de chaque zone : un tableau (.csv/.xlsx) ou une carte (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="61"/>
        <source>optional: road lines or an OpenStreetMap .osm.pbf</source>
        <translation>facultatif : lignes de routes ou extrait OpenStreetMap .osm.pbf</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="63"/>
        <source>optional: rivers, lakes and other barriers (lines or areas)</source>
        <translation>facultatif : rivières, lacs et autres obstacles (lignes ou surfaces)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="65"/>
        <source>optional: elevation raster (.tif), for slopes</source>
        <translation>facultatif : raster d&apos;altitude (.tif), pour les pentes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="67"/>
        <source>optional: land-cover raster (.tif)</source>
        <translation>facultatif : raster d&apos;occupation du sol (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="69"/>
        <source>optional: speeds per land-cover class (.csv)</source>
        <translation>facultatif : vitesses par classe d&apos;occupation du sol (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="80"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="84"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="85"/>
        <source>Grid cells</source>
        <translation>Cellules de la grille</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="91"/>
        <source>Travel time (with a threshold in minutes)</source>
        <translation>Temps de trajet (avec un seuil en minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="94"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="95"/>
        <source>Elevation</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="97"/>
        <source>Speeds</source>
        <translation>Vitesses</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="142"/>
        <source>empty: the project&apos;s population — %1</source>
        <translation>vide : la population du projet — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="99"/>
        <source>Within</source>
        <translation>Dans un rayon de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="114"/>
        <source>Choose a file: %1</source>
        <translation>Choisir un fichier : %1</translation>
    </message>
</context>
<context>
    <name>GapNotes</name>
    <message>
        <location filename="../../desktop/coverage/words.py" line="24"/>
        <source>population analysed: %1 (%2)</source>
        <extracomment>Every note mapping.coverage writes (GapResult.notes, Placement.notes, the population method).</extracomment>
        <translation>population analysée : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="25"/>
        <source>population: the project&apos;s own (%1)</source>
        <translation>population : celle du projet (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="26"/>
        <source>children 0–17 = %1</source>
        <translation>enfants de 0 à 17 ans = %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="27"/>
        <source>%1: bands 0–14 plus single years 15–17</source>
        <translation>%1 : tranches 0–14 plus les années 15, 16 et 17</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="28"/>
        <source>%1: bands 0–14 plus 3/5 of 15–19</source>
        <translation>%1 : tranches 0–14 plus 3/5 des 15–19</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="29"/>
        <source>%1: bands 0–14 plus 15–17</source>
        <translation>%1 : tranches 0–14 plus 15–17</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="30"/>
        <source>the table has no age bands: analysed as all people</source>
        <translation>le tableau n&apos;a pas de tranches d&apos;âge : analysé pour toute la population</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="31"/>
        <source>gridded population without age bands: analysed as all people</source>
        <translation>population en grille sans tranches d&apos;âge : analysée pour toute la population</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="32"/>
        <source>no total column: population is the sum of the age bands</source>
        <translation>pas de colonne de total : la population est la somme des tranches d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="33"/>
        <source>this service type covers declared service areas (%1 areas), not a distance</source>
        <translation>ce type de service couvre les zones de service déclarées (%1 zones), et non une distance</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="34"/>
        <source>%1 services of this type have no point on the map and are left out</source>
        <translation>%1 services de ce type n&apos;ont pas de point sur la carte et sont laissés de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="35"/>
        <source>capacity-aware coverage (%1 of %2 services have a capacity): each service covers the nearest people up to its capacity, largest first (AccessMod&apos;s method)</source>
        <translation>couverture selon la capacité (%1 services sur %2 ont une capacité) : chaque service couvre les personnes les plus proches jusqu&apos;à sa capacité, le plus grand d&apos;abord (méthode d&apos;AccessMod)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="37"/>
        <source>%1 services have a capacity; ask for capacity-aware coverage to use it</source>
        <translation>%1 services ont une capacité ; demandez la couverture selon la capacité pour l&apos;utiliser</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="38"/>
        <source>median and worst are blank where travel time is over %1 min (3 × the threshold)</source>
        <translation>la médiane et le plus éloigné sont vides là où le temps de trajet dépasse %1 min (3 × le seuil)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="39"/>
        <source>WARNING: no gridded population: each area&apos;s people are spread evenly over its land (by area only). Coverage inside an area is approximate; give a WorldPop-style GeoTIFF for a better answer.</source>
        <translation>ATTENTION : pas de population en grille : la population de chaque zone est répartie uniformément sur son territoire (selon la surface seulement). La couverture à l&apos;intérieur d&apos;une zone est approximative ; fournissez un GeoTIFF de type WorldPop pour une meilleure réponse.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="42"/>
        <source>each area&apos;s people and children from %1 are spread over its cells in proportion to the people of %2 (the table&apos;s totals kept exactly)</source>
        <translation>la population et les enfants de chaque zone, tirés de %1, sont répartis sur ses cellules en proportion de la population de %2 (les totaux du tableau sont conservés exactement)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="44"/>
        <source>%1 areas in scope have no row in %2 (e.g. %3): counted as 0 people</source>
        <translation>%1 zones du périmètre n&apos;ont pas de ligne dans %2 (par ex. %3) : comptées avec 0 personne</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="45"/>
        <source>%1 areas are smaller than one grid cell and their people are left out (e.g. %2)</source>
        <translation>%1 zones sont plus petites qu&apos;une cellule de la grille et leur population est laissée de côté (par ex. %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="46"/>
        <source>WARNING: %1 areas have no people in %2; their people are spread evenly over their land (by area only)</source>
        <translation>ATTENTION : %1 zones n&apos;ont personne dans %2 ; leur population est répartie uniformément sur leur territoire (selon la surface seulement)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="48"/>
        <source>analysis grid: %1 × %2 cells of %3 m in %4</source>
        <translation>grille d&apos;analyse : %1 × %2 cellules de %3 m en %4</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="49"/>
        <source>%1 (%2 units, %3) resampled bilinearly to %4 m cells</source>
        <translation>%1 (unités de %2, %3) rééchantillonné de façon bilinéaire en cellules de %4 m</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="50"/>
        <source>water and barriers from %1: %2 cells cannot be crossed (roads over them are bridges)</source>
        <translation>eau et obstacles de %1 : %2 cellules ne peuvent pas être traversées (les routes qui les franchissent sont des ponts)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="51"/>
        <source>%1: no water or barrier features</source>
        <translation>%1 : aucun élément d&apos;eau ou d&apos;obstacle</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="52"/>
        <source>population raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>raster de population %1 : seules les %2 × %3 cellules sous la zone d&apos;analyse ont été lues (sur %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="54"/>
        <source>elevation raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>raster d&apos;altitude %1 : seules les %2 × %3 cellules sous la zone d&apos;analyse ont été lues (sur %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="56"/>
        <source>land cover %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>occupation du sol %1 : seules les %2 × %3 cellules sous la zone d&apos;analyse ont été lues (sur %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="59"/>
        <source>%1 %2: only the %3 × %4 cells under the analysis area were read (of %5 × %6)</source>
        <translation>%1 %2 : seules les %3 × %4 cellules sous la zone d&apos;analyse ont été lues (sur %5 × %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="60"/>
        <source>%1 rows without a P-code (totals?) were left out</source>
        <translation>%1 lignes sans code P (des totaux ?) ont été laissées de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="61"/>
        <source>population raster %1 is in %2 (%3 cells); resampled to %4 m cells in %5, keeping the totals</source>
        <translation>le raster de population %1 est en %2 (cellules de %3) ; rééchantillonné en cellules de %4 m en %5, totaux conservés</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="63"/>
        <source>population raster %1 (%2 m cells, %3) resampled to %4 m cells in %5, keeping the totals</source>
        <translation>raster de population %1 (cellules de %2 m, %3) rééchantillonné en cellules de %4 m en %5, totaux conservés</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="65"/>
        <source>land cover %1 (%2 cells, %3) brought onto %4 m cells in %5 by %6</source>
        <translation>occupation du sol %1 (cellules de %2, %3) ramenée à des cellules de %4 m en %5 selon %6</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="66"/>
        <source>the most common class in each cell</source>
        <translation>la classe la plus fréquente dans chaque cellule</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="67"/>
        <source>the nearest class</source>
        <translation>la classe la plus proche</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="68"/>
        <source>off-road speed by land-cover class (%1): no class of the table in the analysis area</source>
        <translation>vitesse hors route par classe d&apos;occupation du sol (%1) : aucune classe du tableau dans la zone d&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="69"/>
        <source>off-road speed by land-cover class (%1): %2</source>
        <translation>vitesse hors route par classe d&apos;occupation du sol (%1) : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="70"/>
        <source>land-cover classes without a speed (%1; %2 of cells) walked at %3 km/h; add them to the speeds table</source>
        <translation>classes d&apos;occupation du sol sans vitesse (%1 ; %2 des cellules) parcourues à pied à %3 km/h ; ajoutez-les au tableau des vitesses</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="72"/>
        <source>%1 of cells have no land cover (outside the raster or no data): walked at %2 km/h</source>
        <translation>%1 des cellules n&apos;ont pas d&apos;occupation du sol (hors du raster ou sans donnée) : parcourues à pied à %2 km/h</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="73"/>
        <source>only %1 sites add anyone; more would cover no one new</source>
        <translation>seuls %1 sites ajoutent quelqu&apos;un ; d&apos;autres ne couvriraient personne de plus</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="74"/>
        <source>exact model skipped: %1 demand points × %2 candidates is too large to solve in reasonable time; greedy with swaps used</source>
        <translation>modèle exact abandonné : %1 points de demande × %2 candidats, c&apos;est trop grand pour être résolu en un temps raisonnable ; méthode gloutonne avec échanges utilisée</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="76"/>
        <source>exact: maximal covering location model, solved by HiGHS (proven optimal)</source>
        <translation>exact : modèle de localisation à couverture maximale, résolu par HiGHS (optimum prouvé)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="77"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit, at most %2 below the best possible</source>
        <translation>exact : modèle de localisation à couverture maximale, résolu par HiGHS ; arrêté à la limite de %1 secondes, au plus %2 en dessous du meilleur possible</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="79"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit with the sites found</source>
        <translation>exact : modèle de localisation à couverture maximale, résolu par HiGHS ; arrêté à la limite de %1 secondes avec les sites trouvés</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="81"/>
        <source>roads from %1 (OpenStreetMap): no highway=* ways inside the analysis area; off-road speeds only</source>
        <translation>routes de %1 (OpenStreetMap) : aucune voie highway=* dans la zone d&apos;analyse ; vitesses hors route seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="83"/>
        <source>roads from %1 (OpenStreetMap): %2 ways in the area (%3), speeds by highway class</source>
        <translation>routes de %1 (OpenStreetMap) : %2 voies dans la zone (%3), vitesses par classe highway</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="84"/>
        <source>off-road: walking at %1 km/h</source>
        <translation>hors route : à pied à %1 km/h</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="85"/>
        <source>off-road walking slowed on slopes (Tobler&apos;s hiking function on the DEM)</source>
        <translation>marche hors route ralentie sur les pentes (fonction de randonnée de Tobler sur le MNT)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="86"/>
        <source>roads from %1: speeds from its &apos;%2&apos; column</source>
        <translation>routes de %1 : vitesses tirées de sa colonne « %2 »</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="87"/>
        <source>roads from %1: speeds by &apos;%2&apos; class</source>
        <translation>routes de %1 : vitesses selon la classe « %2 »</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="88"/>
        <source>roads from %1: no class column, every road at %2 km/h</source>
        <translation>routes de %1 : pas de colonne de classe, toutes les routes à %2 km/h</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="89"/>
        <source>road classes without a speed, given %1 km/h: %2</source>
        <translation>classes de routes sans vitesse, mises à %1 km/h : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="94"/>
        <source>give a distance or a time, such as 5km or 60min, more than zero.</source>
        <extracomment>Every problem a gap or suggestion request can have (InvalidRequest.problem, PlacementError&apos;s fixed texts).</extracomment>
        <translation>indiquez une distance ou une durée supérieure à zéro, par exemple 5km ou 60min.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="95"/>
        <source>no such project file. Check the path.</source>
        <translation>ce fichier de projet n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="96"/>
        <source>choose a service type.</source>
        <translation>choisissez un type de service.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="97"/>
        <source>give a walking speed in km/h above 0 (5 is usual).</source>
        <translation>indiquez une vitesse de marche en km/h supérieure à 0 (5 est courant).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="98"/>
        <source>give the land-cover raster too ({landcover}).</source>
        <translation>indiquez aussi le raster d&apos;occupation du sol ({landcover}).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="99"/>
        <source>give the population table too ({population}).</source>
        <translation>indiquez aussi le tableau de population ({population}).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="100"/>
        <source>no such file. Check the path.</source>
        <translation>ce fichier n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="101"/>
        <source>give the grid cell size in metres, more than zero.</source>
        <translation>indiquez la taille des cellules de la grille en mètres, supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="102"/>
        <source>write the gap table as .csv, .xlsx or .gpkg.</source>
        <translation>enregistrez le tableau des lacunes en .csv, .xlsx ou .gpkg.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="103"/>
        <source>ask for at least one new site.</source>
        <translation>demandez au moins un nouveau site.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="104"/>
        <source>choose greedy or exact.</source>
        <translation>choisissez glouton ou exact.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="105"/>
        <source>give a file of points, &apos;areas&apos; or &apos;grid&apos;.</source>
        <translation>indiquez un fichier de points, &apos;areas&apos; ou &apos;grid&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="106"/>
        <source>write the suggested sites as .csv, .xlsx or .gpkg.</source>
        <translation>enregistrez les sites proposés en .csv, .xlsx ou .gpkg.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="107"/>
        <source>give a COD-PS table (.csv/.xlsx) or a population raster (.tif); this project keeps none.</source>
        <translation>indiquez un tableau COD-PS (.csv/.xlsx) ou un raster de population (.tif) ; ce projet n&apos;en conserve aucun.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="109"/>
        <source>no candidate sites to choose from.</source>
        <translation>aucun site candidat parmi lesquels choisir.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="110"/>
        <source>everyone analysed is already covered: there is no gap to close.</source>
        <translation>toutes les personnes analysées sont déjà couvertes : il n&apos;y a pas de lacune à combler.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="86"/>
        <location filename="../../desktop/coverage/words.py" line="115"/>
        <source>grid cell %1</source>
        <extracomment>Candidate sites mapping names by number (&quot;cell 12&quot; among grid cells, &quot;candidate 3&quot; from a file without names).</extracomment>
        <translation>cellule de grille %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="116"/>
        <source>candidate %1</source>
        <translation>candidat %1</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="67"/>
        <source>Find gaps</source>
        <extracomment>The type ticked when a project opens.</extracomment>
        <translation>Trouver les lacunes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="82"/>
        <source>Greedy (fast)</source>
        <translation>Glouton (rapide)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="83"/>
        <source>Exact (MCLP)</source>
        <translation>Exact (MCLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="85"/>
        <source>among grid cells</source>
        <translation>parmi les cellules de la grille</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="86"/>
        <source>at area centres</source>
        <translation>aux centres des zones</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="87"/>
        <source>Suggest sites</source>
        <translation>Proposer des sites</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="90"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="91"/>
        <source>Save the type shown: its table (.xlsx, .csv), a GeoPackage with areas, catchments and bands, or its raster (.tif)</source>
        <translation>Enregistrer le type affiché : son tableau (.xlsx, .csv), un GeoPackage avec zones, bassins de desserte et bandes, ou son raster (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="204"/>
        <source>Tick at least one service type.</source>
        <translation>Cochez au moins un type de service.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="230"/>
        <source>Done: %n service type(s) analysed.</source>
        <translation>
            <numerusform>Terminé : %n type de service analysé.</numerusform>
            <numerusform>Terminé : %n types de service analysés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="234"/>
        <source>Analysing %1 (%2 of %3)…</source>
        <translation>Analyse de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="260"/>
        <source>Saved %s</source>
        <translation>Enregistré : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="270"/>
        <source>Cancelled. %1 of %2 service type(s) done; the results so far are kept.</source>
        <translation>Annulé. %1 type(s) de service sur %2 terminé(s) ; les résultats obtenus sont conservés.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="113"/>
        <source>New sites</source>
        <translation>Nouveaux sites</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="272"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>Gap analysis</source>
        <translation>Analyse des lacunes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>The analysis failed: %s</source>
        <translation>L’analyse a échoué : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="126"/>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="127"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="231"/>
        <location filename="../../desktop/coverage/panel.py" line="347"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="296"/>
        <source>Not started: gaps are counted in people, and this project has no population figures. Under “Population”, choose a table of the number of people in each area (.csv or .xlsx) or a population map (.tif). Tables for most countries are OCHA&apos;s subnational population statistics (COD-PS), free to download from HDX: data.humdata.org.</source>
        <translation>Pas commencé : les lacunes se comptent en personnes, et ce projet n&apos;a pas de chiffres de population. Sous « Population », choisissez un tableau du nombre d&apos;habitants de chaque zone (.csv ou .xlsx) ou une carte de population (.tif). Pour la plupart des pays, ces tableaux sont les statistiques de population infranationales d&apos;OCHA (COD-PS), à télécharger gratuitement sur HDX : data.humdata.org.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="304"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="348"/>
        <source>%1 within %2</source>
        <translation>%1 à moins de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="350"/>
        <source>Suggested %n site(s) for %1: numbered on the map, listed under “Suggested sites”.</source>
        <translation>
            <numerusform>%n site proposé pour %1 : numéroté sur la carte, listé sous « Sites proposés ».</numerusform>
            <numerusform>%n sites proposés pour %1 : numérotés sur la carte, listés sous « Sites proposés ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="352"/>
        <source>No new %1 site would cover anyone new.</source>
        <translation>Aucun nouveau site (%1) ne couvrirait de nouvelles personnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="244"/>
        <source>Suggesting sites for %1 within %2…</source>
        <translation>Sites suggérés pour %1 à moins de %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="269"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="324"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>GapResults</name>
    <message>
        <location filename="../../desktop/coverage/results.py" line="73"/>
        <source>% of {kind} within {within}</source>
        <translation>% des {kind} à {within} au plus</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="74"/>
        <source>{Kind} beyond {within}</source>
        <translation>{Kind} au-delà de {within}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="75"/>
        <source>Distance to the nearest service</source>
        <translation>Distance au service le plus proche</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="76"/>
        <source>Travel time to the nearest service</source>
        <translation>Temps de trajet jusqu&apos;au service le plus proche</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="77"/>
        <source>no population</source>
        <translation>aucune population</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="78"/>
        <source>covered</source>
        <translation>couverts</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="79"/>
        <source>beyond the threshold</source>
        <translation>au-delà du seuil</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="80"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="81"/>
        <source>Services of this type (confidential ones are not shown)</source>
        <translation>Services de ce type (les services confidentiels ne sont pas affichés)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="82"/>
        <source>Suggested site</source>
        <translation>Site proposé</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="83"/>
        <source>adds</source>
        <translation>ajoute</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <location filename="../../desktop/coverage/results.py" line="157"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>% covered</source>
        <translation>% couverts</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="158"/>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>Children out of reach</source>
        <translation>Enfants hors de portée</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="164"/>
        <source>Distance / travel-time bands</source>
        <translation>Bandes de distance / de temps de trajet</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Within</source>
        <translation>Dans un rayon de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Covered</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="172"/>
        <source>Beyond</source>
        <translation>Au-delà</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="197"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="183"/>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Suggested sites</source>
        <translation>Sites proposés</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="203"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="209"/>
        <source>Showing</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="214"/>
        <source>Colour areas by</source>
        <translation>Colorer les zones selon</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="276"/>
        <source>Children in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>Enfants dans le périmètre : %s — couverts : %s (%s %%) — au-delà de %s : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="277"/>
        <source>People in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>Personnes dans le périmètre : %s — couvertes : %s (%s %%) — au-delà de %s : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>People out of reach</source>
        <translation>Personnes hors de portée</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Travel-time bands</source>
        <translation>Bandes de temps de trajet</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Distance bands</source>
        <translation>Bandes de distance</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="286"/>
        <source>adds %s %s (total %s)</source>
        <translation>ajoute %s %s (total %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>Rank</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="62"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <source>Beyond %1</source>
        <translation>Au-delà de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Median to a service (%1)</source>
        <translation>Médiane jusqu&apos;à un service (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>Farthest (%1)</source>
        <translation>Le plus loin (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>From the centre (%1)</source>
        <translation>Depuis le centre (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="67"/>
        <source>Nearest service</source>
        <translation>Service le plus proche</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="84"/>
        <location filename="../../desktop/coverage/words.py" line="142"/>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="85"/>
        <location filename="../../desktop/coverage/words.py" line="144"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="174"/>
        <source>Overview of the types analysed</source>
        <translation>Vue d&apos;ensemble des types analysés</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="179"/>
        <source>Areas, most people out of reach first</source>
        <translation>Zones, les plus de personnes hors de portée d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="185"/>
        <source>Notes on the analysis</source>
        <translation>Remarques sur l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="193"/>
        <source>Click an area to outline it on the main map; double-click to see it on this map</source>
        <translation>Cliquez sur une zone pour la souligner sur la carte principale ; double-cliquez pour la voir sur cette carte</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="195"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="196"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="289"/>
        <source>New sites for %1:</source>
        <translation>Nouveaux sites pour %1 :</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="54"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importée</numerusform>
            <numerusform>%n importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="55"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="56"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="57"/>
        <source>%n not-a-service</source>
        <translation>
            <numerusform>%n pas un service</numerusform>
            <numerusform>%n pas des services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="58"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="18"/>
        <source>Record ID</source>
        <extracomment>Each field&apos;s English label (as importers.columns.FIELDS writes it), marked for pyside6-lupdate.</extracomment>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="19"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="20"/>
        <source>Organisation (other, specify)</source>
        <translation>Organisation (autre, préciser)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="21"/>
        <source>Lead / funding organisation</source>
        <translation>Organisation chef de file / bailleur</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="22"/>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="23"/>
        <source>Service type(s)</source>
        <translation>Type(s) de service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="24"/>
        <source>Service type (other, specify)</source>
        <translation>Type de service (autre, préciser)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="25"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="26"/>
        <source>Sub-sector</source>
        <translation>Sous-secteur</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="27"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="28"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="29"/>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="30"/>
        <source>Admin 1 name</source>
        <translation>Nom admin 1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="31"/>
        <source>Admin 2 name</source>
        <translation>Nom admin 2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="32"/>
        <source>Admin 3 name</source>
        <translation>Nom admin 3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="33"/>
        <source>Admin 4 name</source>
        <translation>Nom admin 4</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="34"/>
        <source>Admin 1 P-code</source>
        <translation>Code P admin 1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="35"/>
        <source>Admin 2 P-code</source>
        <translation>Code P admin 2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="36"/>
        <source>Admin 3 P-code</source>
        <translation>Code P admin 3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="37"/>
        <source>Admin 4 P-code</source>
        <translation>Code P admin 4</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="38"/>
        <source>Site / facility</source>
        <translation>Site / structure</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="39"/>
        <source>Location / camp</source>
        <translation>Lieu / camp</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="40"/>
        <source>Block / zone</source>
        <translation>Bloc / zone</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="41"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="42"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="43"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="44"/>
        <source>Coordinates (lat, lon)</source>
        <translation>Coordonnées (lat, lon)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="45"/>
        <source>Focal person</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="46"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="47"/>
        <source>More phone numbers</source>
        <translation>Autres numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="48"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="49"/>
        <source>More e-mail addresses</source>
        <translation>Autres adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="50"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="51"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="52"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="53"/>
        <source>Target group</source>
        <translation>Groupe cible</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="54"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="55"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="56"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="57"/>
        <source>Intake criteria</source>
        <translation>Critères d&apos;admission</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="58"/>
        <source>Referral method</source>
        <translation>Mode de référencement</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="59"/>
        <source>Response time</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="60"/>
        <source>Feedback channel</source>
        <translation>Canal de retour d&apos;information</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="61"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="62"/>
        <source>Location may be shared (yes/no)</source>
        <translation>Lieu communicable (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="63"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="65"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="66"/>
        <source>Keep as extra field</source>
        <translation>Garder comme champ supplémentaire</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="67"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="72"/>
        <source>header</source>
        <extracomment>How the wizard found a column&apos;s field (``ColumnMap.how``), as its column step says it.</extracomment>
        <translation>en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="73"/>
        <source>HXL tag</source>
        <translation>balise HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="74"/>
        <source>header, nearly</source>
        <translation>en-tête, presque</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="75"/>
        <source>what it holds</source>
        <translation>son contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="76"/>
        <source>saved layout</source>
        <translation>modèle enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="77"/>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="78"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="44"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="50"/>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="90"/>
        <source>Open a project to see the imports made into it.</source>
        <translation>Ouvrez un projet pour voir les importations qui y ont été faites.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="95"/>
        <source>No imports recorded in this project yet.</source>
        <translation>Aucune importation enregistrée dans ce projet pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="96"/>
        <source>One import recorded in this project. Choose it to see its report.</source>
        <translation>Une importation enregistrée dans ce projet. Choisissez-la pour voir son rapport.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="97"/>
        <source>{0} imports recorded in this project. Choose one to see its report.</source>
        <translation>{0} importations enregistrées dans ce projet. Choisissez-en une pour voir son rapport.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="56"/>
        <source>Past imports</source>
        <translation>Imports passés</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="31"/>
        <source>cell %1 held %2; that value was left out</source>
        <extracomment>Every sentence importers/ (and directory.safe_text) can put in a row&apos;s messages or a file&apos;s notes.</extracomment>
        <translation>la cellule %1 contenait %2 ; cette valeur a été laissée de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="32"/>
        <source>cell %1 holds %2 characters; only the first %3 were kept</source>
        <translation>la cellule %1 contient %2 caractères ; seuls les %3 premiers ont été gardés</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="33"/>
        <source>%1 held %2, which can make a name or a phone number read differently from what it is; removed</source>
        <translation>%1 contenait %2, qui peut faire lire un nom ou un numéro de téléphone autrement qu&apos;il n&apos;est écrit ; supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="35"/>
        <source>blank row</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="36"/>
        <source>the table&apos;s header again, not a service</source>
        <translation>l&apos;en-tête du tableau, répété : pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="37"/>
        <source>a second header row (the headers in another language), not a service</source>
        <translation>une deuxième ligne d&apos;en-tête (les en-têtes dans une autre langue) : pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="38"/>
        <source>a total (&apos;%1&apos;), not a service</source>
        <translation>un total (« %1 »), pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="39"/>
        <source>a note or total (&apos;%1&apos;), not a service</source>
        <translation>une note ou un total (« %1 »), pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="40"/>
        <source>a focal point&apos;s contact (&apos;%1&apos;), not a service</source>
        <translation>le contact d&apos;un point focal (« %1 »), pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="41"/>
        <source>the rest of row %1 (%2), split over two rows (as a PDF converted to a sheet does): read with that row</source>
        <translation>la suite de la ligne %1 (%2), coupée sur deux lignes (comme le fait un PDF converti en feuille) : lue avec cette ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="43"/>
        <source>an activity (&apos;%1&apos;): a training, meeting, distribution or campaign, not a service people can be referred to</source>
        <translation>une activité (« %1 ») : une formation, une réunion, une distribution ou une campagne, pas un service vers lequel référer des personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="45"/>
        <source>a test entry (&apos;%1&apos;), not a service; if it is a real service, write its real name and import again</source>
        <translation>une saisie de test (« %1 »), pas un service ; s&apos;il s&apos;agit d&apos;un vrai service, écrivez son vrai nom et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="47"/>
        <source>the template&apos;s example row (&apos;%1&apos;), not a service</source>
        <translation>la ligne d&apos;exemple du modèle (« %1 »), pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="48"/>
        <source>none of the service columns of row %1 is marked (&apos;%2&apos;): not a service</source>
        <translation>aucune des colonnes de services de la ligne %1 n&apos;est cochée (« %2 ») : pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="49"/>
        <source>no organisation offers it here (&apos;%1&apos;): a gap the list notes, not a service</source>
        <translation>aucune organisation ne l&apos;offre ici (« %1 ») : un manque que la liste signale, pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="50"/>
        <source>names no service (&apos;%1&apos;): not imported as one. If it is a service, write its organisation and type, and import again</source>
        <translation>ne nomme aucun service (« %1 ») : non importée comme service. Si c&apos;en est un, écrivez son organisation et son type, et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="52"/>
        <source>a heading (&apos;%1&apos;): the organisation of the services under it</source>
        <translation>un intitulé (« %1 ») : l&apos;organisation des services en dessous</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="53"/>
        <source>a heading (&apos;%1&apos;): the service type of the rows under it</source>
        <translation>un intitulé (« %1 ») : le type de service des lignes en dessous</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="54"/>
        <source>only an organisation (&apos;%1&apos;), nothing of a service: not imported. If it offers one, write what it offers in row %2 and import again</source>
        <translation>seulement une organisation (« %1 »), aucun service : non importée. Si elle en propose un, écrivez ce qu&apos;elle propose à la ligne %2 et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="56"/>
        <source>other services of this list are at its place and show it on maps and pathways: %1. Mark them confidential too in the import wizard, or give them their own address</source>
        <translation>d&apos;autres services de cette liste sont à son emplacement et le montrent sur les cartes et les circuits de référencement : %1. Marquez-les aussi confidentiels dans l&apos;assistant d&apos;import, ou donnez-leur leur propre adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="59"/>
        <source>services already in the project are at its place and show it on maps and pathways: %1. Mark them confidential too in the services panel, or give them their own address</source>
        <translation>des services déjà dans le projet sont à son emplacement et le montrent sur les cartes et les circuits de référencement : %1. Marquez-les aussi confidentiels dans le panneau des services, ou donnez-leur leur propre adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="62"/>
        <source>it is at the place of &apos;%1&apos;, a confidential service already in the project, and would show that place on maps and pathways. Mark it confidential in the import wizard, or give it its own address</source>
        <translation>il est à l&apos;emplacement de « %1 », un service confidentiel déjà dans le projet, et montrerait cet emplacement sur les cartes et les circuits de référencement. Marquez-le confidentiel dans l&apos;assistant d&apos;import, ou donnez-lui sa propre adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="66"/>
        <source>no service name in row %1: named &apos;%2&apos; from what the row says; write its name in the service name column if it has one</source>
        <translation>pas de nom de service à la ligne %1 : nommé « %2 » d&apos;après ce que dit la ligne ; s&apos;il a un nom, écrivez-le dans la colonne du nom du service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="68"/>
        <source>nothing in row %1 says what the service is: write it in one of the row&apos;s cells (or choose the column that says it in the import wizard&apos;s column step) and import again</source>
        <translation>rien dans la ligne %1 ne dit quel est le service : écrivez-le dans une des cellules de la ligne (ou choisissez la colonne qui le dit à l&apos;étape des colonnes de l&apos;assistant d&apos;import) et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="71"/>
        <source>no organisation: fill in the &apos;organisation&apos; column of row %1 and import again</source>
        <translation>pas d&apos;organisation : remplissez la colonne « organisation » de la ligne %1 et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="72"/>
        <source>no service name: fill in the &apos;service name&apos; column of row %1 and import again</source>
        <translation>pas de nom de service : remplissez la colonne « nom du service » de la ligne %1 et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="74"/>
        <source>service record %1 has no %2; fix it in the source system</source>
        <translation>l&apos;enregistrement de service %1 n&apos;a pas de champ %2 ; corrigez-le dans le système d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="76"/>
        <source>same service as sheet &apos;%1&apos; row %2; merged into it</source>
        <translation>même service que la feuille « %1 » ligne %2 ; fusionné avec celui-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="77"/>
        <source>same service as row %1; merged into it</source>
        <translation>même service que la ligne %1 ; fusionné avec celui-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="78"/>
        <source>same service id as record %1; left out</source>
        <translation>même identifiant de service que l&apos;enregistrement %1 ; laissé de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="79"/>
        <source>already in the project: no change</source>
        <translation>déjà dans le projet : aucun changement</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="80"/>
        <source>already in the project: its record was updated</source>
        <translation>déjà dans le projet : sa fiche a été mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="82"/>
        <source>service type not recognised in its text (&apos;%1&apos;): choose its types in the service editor, or teach the words with Tools › Service types… in the desktop (or &apos;servicemap teach&apos; and &apos;servicemap retype&apos;)</source>
        <translation>type de service non reconnu dans son texte (« %1 ») : choisissez ses types dans l&apos;éditeur de service, ou apprenez ces mots à ServiceMap avec Outils › Types de services… (ou « servicemap teach » et « servicemap retype »)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="85"/>
        <source>service type &apos;%1&apos; left out: the row&apos;s text says it is suspended or not offered; check it</source>
        <translation>type de service « %1 » laissé de côté : le texte de la ligne dit qu&apos;il est suspendu ou non offert ; vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="87"/>
        <source>service type &apos;%1&apos; kept although the row&apos;s text says a part of it is not offered: its column is marked as offered in part; check it</source>
        <translation>type de service « %1 » gardé bien que le texte de la ligne dise qu&apos;une partie n&apos;est pas offerte : sa colonne le marque comme offert en partie ; vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="89"/>
        <source>service type &apos;%1&apos; was read from the %2 only (not a usual type of its sector); check it</source>
        <translation>le type de service « %1 » n&apos;a été lu que d&apos;après %2 (ce n&apos;est pas un type habituel de son secteur) ; vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="91"/>
        <source>service type &apos;%1&apos; was read from the %2 only; check it</source>
        <translation>le type de service « %1 » n&apos;a été lu que d&apos;après %2 ; vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="92"/>
        <source>service type &apos;%1&apos; not recognised; add it as a synonym or fix the cell</source>
        <translation>type de service « %1 » non reconnu ; ajoutez-le comme synonyme ou corrigez la cellule</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="93"/>
        <source>no service type recognised; set one in ServiceMap</source>
        <translation>aucun type de service reconnu ; indiquez-en un dans ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="95"/>
        <source>marked confidential by the user in the import wizard</source>
        <translation>marqué confidentiel par l&apos;utilisateur dans l&apos;assistant d&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="96"/>
        <source>the user confirmed it is not confidential in the import wizard</source>
        <translation>l&apos;utilisateur a confirmé dans l&apos;assistant d&apos;import qu&apos;il n&apos;est pas confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="97"/>
        <source>row %1 holds several services (a grid&apos;s cells), so the import wizard&apos;s &apos;not confidential&apos; was not applied to them; if this one may be shown, mark it not confidential in the service editor after the import</source>
        <translation>la ligne %1 contient plusieurs services (les cellules d&apos;une grille) : le « non confidentiel » de l&apos;assistant d&apos;import ne leur a pas été appliqué ; si celui-ci peut être montré, marquez-le non confidentiel dans l&apos;éditeur de services après l&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="100"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown, although its Confidential column says &apos;%2&apos;. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marqué confidentiel parce que c&apos;est un service de type %1 : son point, son adresse et son site ne seront pas affichés, bien que sa colonne Confidentiel dise « %2 ». S&apos;il peut être affiché, marquez-le non confidentiel dans l&apos;assistant d&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="103"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marqué confidentiel parce que c&apos;est un service de type %1 : son point, son adresse et son site ne seront pas affichés. S&apos;il peut être affiché, marquez-le non confidentiel dans l&apos;assistant d&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="106"/>
        <source>marked confidential because its column &apos;%1&apos; says &apos;%2&apos;: its point, address and site will not be shown</source>
        <translation>marqué confidentiel parce que sa colonne « %1 » dit « %2 » : son point, son adresse et son site ne seront pas affichés</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="108"/>
        <source>marked confidential because its %1 says &apos;%2&apos; although its Confidential column says &apos;%3&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marqué confidentiel parce que son champ « %1 » dit « %2 », bien que sa colonne Confidentiel dise « %3 » ; son point, son adresse et son site ne seront pas affichés. S&apos;il peut être affiché, marquez-le non confidentiel dans l&apos;assistant d&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="111"/>
        <source>marked confidential because its %1 says &apos;%2&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marqué confidentiel parce que son champ « %1 » dit « %2 » ; son point, son adresse et son site ne seront pas affichés. S&apos;il peut être affiché, marquez-le non confidentiel dans l&apos;assistant d&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="114"/>
        <source>not marked confidential although it is a %1 service: its text says it is for &apos;%2&apos; and names nobody at risk. If its location must stay secret, mark it confidential in the import wizard</source>
        <translation>non marqué confidentiel bien que ce soit un service de type %1 : son texte dit qu&apos;il est destiné à « %2 » et ne nomme personne en danger. Si son emplacement doit rester secret, marquez-le confidentiel dans l&apos;assistant d&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="118"/>
        <source>status &apos;%1&apos; not understood; recorded as active</source>
        <translation>statut « %1 » non compris ; enregistré comme actif</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="119"/>
        <source>status &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>statut « %1 » : enregistré comme %2, donc les circuits de référencement le laissent de côté ; s&apos;il est offert aujourd&apos;hui, mettez son statut à actif</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="121"/>
        <source>its text says &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>son texte dit « %1 » : enregistré comme %2, donc les circuits de référencement le laissent de côté ; s&apos;il est offert aujourd&apos;hui, mettez son statut à actif</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="123"/>
        <source>its remarks start with &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>ses remarques commencent par « %1 » : enregistré comme %2, donc les circuits de référencement le laissent de côté ; s&apos;il est offert aujourd&apos;hui, mettez son statut à actif</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="125"/>
        <source>its service columns say &apos;%1&apos;, not marked: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>ses colonnes de services disent « %1 » au lieu d&apos;une marque : enregistré comme %2, donc les circuits de référencement le laissent de côté ; s&apos;il est offert aujourd&apos;hui, mettez son statut à actif</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="127"/>
        <source>under the heading &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>sous le titre « %1 » : enregistré comme %2, donc les circuits de référencement le laissent de côté ; s&apos;il est offert aujourd&apos;hui, mettez son statut à actif</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="129"/>
        <source>a heading (&apos;%1&apos;): the status of the rows under it</source>
        <translation>un titre (« %1 ») : le statut des lignes en dessous</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="131"/>
        <source>coordinates &apos;%1&apos; not understood; the site is left unplaced</source>
        <translation>coordonnées « %1 » non comprises ; le site reste sans emplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="132"/>
        <source>coordinates &apos;%1&apos;, &apos;%2&apos; not understood; the site is left unplaced</source>
        <translation>coordonnées « %1 », « %2 » non comprises ; le site reste sans emplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="133"/>
        <source>latitude and longitude were swapped; put right</source>
        <translation>la latitude et la longitude étaient inversées ; corrigé</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="134"/>
        <source>coordinates 0, 0 treated as missing</source>
        <translation>coordonnées 0, 0 traitées comme absentes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="135"/>
        <source>coordinates %1, %2 are out of range; treated as missing</source>
        <translation>les coordonnées %1, %2 sont hors limites ; traitées comme absentes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="136"/>
        <source>coordinates %1, %2: %3; put right to %4, %5</source>
        <translation>coordonnées %1, %2 : %3 ; corrigées en %4, %5</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="137"/>
        <source>coordinates read from its %1</source>
        <translation>coordonnées lues dans son champ « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="138"/>
        <source>coordinates read as UTM zone %1 metres</source>
        <translation>coordonnées lues comme des mètres UTM de la zone %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="139"/>
        <source>coordinates &apos;%1&apos; are UTM metres without a zone; write the zone (e.g. &apos;UTM 30N X: 707383 Y: 1448371&apos;) or the point in degrees</source>
        <translation>les coordonnées &apos;%1&apos; sont des mètres UTM sans zone ; écrivez la zone (par ex. &apos;UTM 30N X: 707383 Y: 1448371&apos;) ou le point en degrés</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="141"/>
        <source>coordinates &apos;%1&apos; are UTM metres that no single zone places in the project&apos;s country; write the zone (e.g. &apos;UTM 30N&apos;) or the point in degrees</source>
        <translation>les coordonnées &apos;%1&apos; sont des mètres UTM qu&apos;aucune zone unique ne place dans le pays du projet ; écrivez la zone (par ex. &apos;UTM 30N&apos;) ou le point en degrés</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="143"/>
        <source>its point (%1, %2) lies outside every area of the project&apos;s boundaries: check the coordinates (latitude and longitude swapped, a digit or a minus sign wrong), or whether the row is a test</source>
        <translation>son point (%1, %2) se trouve hors de toutes les zones des limites du projet : vérifiez les coordonnées (latitude et longitude inversées, un chiffre ou un signe moins erroné), ou si la ligne est un test</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="147"/>
        <source>phone &apos;%1&apos; is neither a full number nor a short code; kept as typed</source>
        <translation>le téléphone « %1 » n&apos;est ni un numéro complet ni un numéro court ; gardé tel que saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="148"/>
        <source>phone &apos;%1&apos; is not a valid number; kept as typed</source>
        <translation>le téléphone « %1 » n&apos;est pas un numéro valide ; gardé tel que saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="149"/>
        <source>e-mail &apos;%1&apos; is not a valid address; left out</source>
        <translation>l&apos;e-mail « %1 » n&apos;est pas une adresse valide ; laissé de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="150"/>
        <source>ages &apos;%1&apos; read as 0–17</source>
        <translation>âges « %1 » lus comme 0–17</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="151"/>
        <source>ages &apos;%1&apos; not understood; kept in the description</source>
        <translation>âges « %1 » non compris ; gardés dans la description</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="152"/>
        <source>language &apos;%1&apos; not recognised; kept as written</source>
        <translation>langue « %1 » non reconnue ; gardée telle qu&apos;écrite</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="153"/>
        <source>date &apos;%1&apos; not understood; left empty</source>
        <translation>date « %1 » non comprise ; laissée vide</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="154"/>
        <source>cell %1: the date &apos;%2&apos; could be read either way; it was read %3, but other dates in this sheet disagree</source>
        <translation>cellule %1 : la date « %2 » peut se lire dans les deux sens ; elle a été lue %3, mais d&apos;autres dates de cette feuille disent le contraire</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="156"/>
        <source>a service_at_location without its location; left out</source>
        <translation>un service_at_location sans son location ; laissé de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="158"/>
        <source>read the table &apos;%1&apos; inside the zip file</source>
        <translation>table « %1 » lue dans le fichier zip</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="159"/>
        <source>the file is an .%1 workbook named %2; read as .%3</source>
        <translation>le fichier est un classeur .%1 nommé %2 ; lu comme .%3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="160"/>
        <source>the file is an .%1 workbook without a name ending; read as .%2</source>
        <translation>le fichier est un classeur .%1 sans extension ; lu comme .%2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="161"/>
        <source>the file is a text table (CSV), not an .%1 workbook, although it is named %2; read as text</source>
        <translation>le fichier est un tableau texte (CSV), pas un classeur .%1, bien qu&apos;il soit nommé %2 ; lu comme texte</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="163"/>
        <source>sheet &apos;%1&apos;: %2 formula cells were saved without their values (the file was written by a program, not Excel); those values are missing. Open the file in Excel or LibreOffice, save it, and import it again to get them.</source>
        <translation>feuille « %1 » : %2 cellules de formule ont été enregistrées sans leur valeur (le fichier a été écrit par un programme, pas par Excel) ; ces valeurs manquent. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le et importez-le à nouveau pour les obtenir.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="166"/>
        <source>sheet &apos;%1&apos;: column %2 (&apos;%3&apos;) was read as %4 from what it holds; if that is wrong, choose its field in the import wizard&apos;s column step.</source>
        <translation>feuille « %1 » : la colonne %2 (« %3 ») a été lue comme « %4 » d&apos;après son contenu ; si c&apos;est faux, choisissez son champ à l&apos;étape des colonnes de l&apos;assistant d&apos;import.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="168"/>
        <source>sheet &apos;%1&apos;: services are grouped under heading rows that name their organisation (row %2: &apos;%3&apos;); each heading is read as the organisation of the rows under it that name none.</source>
        <translation>feuille « %1 » : les services sont regroupés sous des lignes d&apos;intitulé qui nomment leur organisation (ligne %2 : « %3 ») ; chaque intitulé est lu comme l&apos;organisation des lignes en dessous qui n&apos;en nomment aucune.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="171"/>
        <source>sheet &apos;%1&apos;: the organisation is written once over the rows of its services (row %2 has none, under &apos;%3&apos;); a service row with no organisation right under another service is read as that one&apos;s organisation.</source>
        <translation>feuille « %1 » : l&apos;organisation est écrite une seule fois au-dessus des lignes de ses services (la ligne %2 n&apos;en a pas, sous « %3 ») ; une ligne de service sans organisation juste sous un autre service est lue comme ayant l&apos;organisation de celui-ci.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="174"/>
        <source>no organisation in row %1: read as &apos;%2&apos;, the organisation of the row above (the list writes each organisation once, over its services); if it is another one, write it in and import again</source>
        <translation>pas d&apos;organisation à la ligne %1 : lue comme « %2 », l&apos;organisation de la ligne au-dessus (la liste écrit chaque organisation une seule fois, au-dessus de ses services) ; si c&apos;en est une autre, écrivez-la et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="177"/>
        <source>sheet &apos;%1&apos; holds tables side by side; each is read on its own, as %2</source>
        <translation>la feuille &apos;%1&apos; contient des tableaux côte à côte ; chacun est lu à part, comme %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="178"/>
        <source>sheet &apos;%1&apos; is a referral pathway kept as a grid (a row for each service type, a column for each of %2 organisations): each of its %3 cells that offers a service is read as a service of its column&apos;s organisation, on its service type&apos;s row</source>
        <translation>la feuille « %1 » est un circuit de référencement tenu sous forme de grille (une ligne par type de service, une colonne pour chacune des %2 organisations) : chacune de ses %3 cellules qui offre un service est lue comme un service de l&apos;organisation de sa colonne, sur la ligne de son type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="182"/>
        <source>sheet &apos;%1&apos;: cell %2 (&apos;%3&apos;) refers people elsewhere or names no offer: no service of &apos;%4&apos; is read from it</source>
        <translation>feuille « %1 » : la cellule %2 (« %3 ») oriente ailleurs ou n&apos;offre rien : aucun service de « %4 » n&apos;en est lu</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="184"/>
        <source>sheet &apos;%1&apos; is a directory of blocks of &apos;label: value&apos; lines; each block is read as one service, on the row of its service line</source>
        <translation>la feuille &apos;%1&apos; est un répertoire de blocs de lignes « libellé : valeur » ; chaque bloc est lu comme un service, sur la ligne de son service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="186"/>
        <source>the &apos;%1&apos; line of the service in row %2</source>
        <translation>la ligne &apos;%1&apos; du service de la ligne %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="187"/>
        <source>sheet &apos;%1&apos;: the service type codes (1, 2 …) were read with the legend on sheet &apos;%2&apos;</source>
        <translation>feuille &apos;%1&apos; : les codes de type de service (1, 2 …) ont été lus avec la légende de la feuille &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="189"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the line above its header names it (&apos;%2&apos;), for every row</source>
        <translation>feuille &apos;%1&apos; : aucune colonne ne nomme l&apos;organisation ; la ligne au-dessus de son en-tête la nomme (&apos;%2&apos;), pour chaque ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="191"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the workbook keeps one sheet per organisation, so each row&apos;s organisation is the sheet&apos;s name</source>
        <translation>feuille &apos;%1&apos; : aucune colonne ne nomme l&apos;organisation ; le classeur a une feuille par organisation, donc l&apos;organisation de chaque ligne est le nom de la feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="193"/>
        <source>sheet &apos;%1&apos;: no column names the organisation: each service&apos;s organisation is read from its name (&apos;BRAC – Child Friendly Space&apos; gives BRAC), else is its name, and rows that name no service are left out. If a column holds the organisations, choose &apos;Organisation&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>feuille « %1 » : aucune colonne ne nomme l&apos;organisation : l&apos;organisation de chaque service est lue dans son nom (« BRAC – Child Friendly Space » donne BRAC), sinon c&apos;est son nom, et les lignes qui ne nomment aucun service sont laissées de côté. Si une colonne contient les organisations, choisissez « Organisation » pour elle à l&apos;étape des colonnes de l&apos;assistant d&apos;import et importez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="198"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is typed from the sheet&apos;s name and its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>feuille « %1 » : aucune colonne ne dit ce qu&apos;est chaque service (un nom de service, un type ou une activité) : le type de chaque service est lu d&apos;après le nom de la feuille et son texte. Si une colonne contient les services, choisissez « Service type(s) » pour elle à l&apos;étape des colonnes de l&apos;assistant d&apos;import et importez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="202"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is named from its first text and typed from all its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>feuille « %1 » : aucune colonne ne dit ce qu&apos;est chaque service (un nom de service, un type ou une activité) : chaque service est nommé d&apos;après son premier texte et son type est lu dans tout son texte. Si une colonne contient les services, choisissez « Service type(s) » pour elle à l&apos;étape des colonnes de l&apos;assistant d&apos;import et importez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="206"/>
        <source>sheet &apos;%1&apos;: organisations are written as KoBo choice names (&apos;%2&apos; was read as &apos;%3&apos;). For the names as the form shows them, export the data again with labels (KoBoToolbox: Downloads › Value and header format › Labels), or correct them in the services panel.</source>
        <translation>feuille « %1 » : les organisations sont écrites sous forme de noms de choix KoBo (« %2 » a été lu « %3 »). Pour avoir les noms tels que le formulaire les affiche, exportez à nouveau les données avec les libellés (KoBoToolbox : Downloads › Value and header format › Labels), ou corrigez-les dans le panneau des services.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="210"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written both day first (%3 in row %4) and month first (%5 in row %6).</source>
        <translation>feuille « %1 », colonne %2 : les dates sont écrites à la fois jour d&apos;abord (%3 à la ligne %4) et mois d&apos;abord (%5 à la ligne %6).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="212"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written month first (%3 in row %4), but this project reads dates %5.</source>
        <translation>feuille « %1 », colonne %2 : les dates sont écrites mois d&apos;abord (%3 à la ligne %4), mais ce projet lit les dates %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="214"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written day first (%3 in row %4), but this project reads dates %5.</source>
        <translation>feuille « %1 », colonne %2 : les dates sont écrites jour d&apos;abord (%3 à la ligne %4), mais ce projet lit les dates %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="216"/>
        <source>%1 date that could be read either way (such as %2 in row %3) was read %4; check it, or import again with the other date order.</source>
        <translation>%1 date qui pouvait se lire dans les deux sens (comme %2 à la ligne %3) a été lue %4 ; vérifiez-la, ou importez à nouveau avec l&apos;autre ordre des dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="218"/>
        <source>%1 dates that could be read either way (such as %2 in row %3) were read %4; check them, or import again with the other date order.</source>
        <translation>%1 dates qui pouvaient se lire dans les deux sens (comme %2 à la ligne %3) ont été lues %4 ; vérifiez-les, ou importez à nouveau avec l&apos;autre ordre des dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="220"/>
        <source>%1 active services imported earlier from &apos;%2&apos; are not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>%1 services actifs importés auparavant depuis « %2 » ne figurent pas dans cette version du fichier : %3. Ils ont été laissés tels quels ; si l&apos;un d&apos;eux a fermé ou déménagé, changez son statut ou supprimez-le dans le panneau des services, pour que les circuits de référencement cessent d&apos;y orienter des personnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="224"/>
        <source>%1 active service imported earlier from &apos;%2&apos; is not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>%1 service actif importé auparavant depuis « %2 » ne figure pas dans cette version du fichier : %3. Il a été laissé tel quel ; s&apos;il a fermé ou déménagé, changez son statut ou supprimez-le dans le panneau des services, pour que les circuits de référencement cessent d&apos;y orienter des personnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="228"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not these: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>cette liste reprend %1 des %2 services actifs importés auparavant depuis « %3 », mais pas ceux-ci : %4. Ils ont été laissés tels quels ; si l&apos;un d&apos;eux a fermé ou déménagé, changez son statut ou supprimez-le dans le panneau des services, pour que les circuits de référencement cessent d&apos;y orienter des personnes. (Si cette liste n&apos;est pas une version plus récente de « %3 », il n&apos;y a rien à faire.)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="233"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not this one: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>cette liste reprend %1 des %2 services actifs importés auparavant depuis « %3 », mais pas celui-ci : %4. Il a été laissé tel quel ; s&apos;il a fermé ou déménagé, changez son statut ou supprimez-le dans le panneau des services, pour que les circuits de référencement cessent d&apos;y orienter des personnes. (Si cette liste n&apos;est pas une version plus récente de « %3 », il n&apos;y a rien à faire.)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="238"/>
        <source>%1 of the %2 sites with a point lie outside every area of the project&apos;s boundaries: they are on the map, but in no area&apos;s gaps or pathways. Is the list for another country, or meant for another project?</source>
        <translation>%1 des %2 sites ayant un point se trouvent hors de toutes les zones des limites du projet : ils sont sur la carte, mais dans les lacunes et les circuits de référencement d&apos;aucune zone. La liste concerne-t-elle un autre pays, ou est-elle destinée à un autre projet ?</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="247"/>
        <source>type column</source>
        <extracomment>The words the importers put into their sentences (not the list&apos;s own text): where a type was read from (importers.service_types.CONFIDENCE), a point&apos;s slip (importers.point_fixes.SLIPS), a date order, a bidirectional control (directory.safe_text.BIDI_NAMES), a place in a sheet, a longer list.</extracomment>
        <translation>la colonne des types</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="248"/>
        <source>service name</source>
        <translation>le nom du service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="249"/>
        <source>activity</source>
        <translation>l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="250"/>
        <source>sub-sector</source>
        <translation>le sous-secteur</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="251"/>
        <source>sector</source>
        <translation>le secteur</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="252"/>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="253"/>
        <source>organisation</source>
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="254"/>
        <source>person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="255"/>
        <source>latitude and longitude were swapped</source>
        <translation>la latitude et la longitude étaient inversées</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="256"/>
        <source>the longitude had lost its minus sign (west of Greenwich)</source>
        <translation>la longitude avait perdu son signe moins (à l&apos;ouest de Greenwich)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="257"/>
        <source>the latitude had lost its minus sign (south of the equator)</source>
        <translation>la latitude avait perdu son signe moins (au sud de l&apos;équateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="258"/>
        <source>the latitude and longitude had lost their minus signs</source>
        <translation>la latitude et la longitude avaient perdu leur signe moins</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="259"/>
        <source>latitude and longitude were swapped, and the longitude had lost its minus sign</source>
        <translation>la latitude et la longitude étaient inversées, et la longitude avait perdu son signe moins</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="261"/>
        <source>latitude and longitude were swapped, and the latitude had lost its minus sign</source>
        <translation>la latitude et la longitude étaient inversées, et la latitude avait perdu son signe moins</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="262"/>
        <source>latitude and longitude were swapped, and had lost their minus signs</source>
        <translation>la latitude et la longitude étaient inversées, et avaient perdu leur signe moins</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="263"/>
        <source>day first</source>
        <translation>jour d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="264"/>
        <source>month first</source>
        <translation>mois d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="265"/>
        <source>left-to-right embedding (U+202A)</source>
        <translation>un enchâssement gauche à droite (U+202A)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="266"/>
        <source>right-to-left embedding (U+202B)</source>
        <translation>un enchâssement droite à gauche (U+202B)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="267"/>
        <source>pop directional formatting (U+202C)</source>
        <translation>une fin de formatage directionnel (U+202C)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="268"/>
        <source>left-to-right override (U+202D)</source>
        <translation>un forçage gauche à droite (U+202D)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="269"/>
        <source>right-to-left override (U+202E)</source>
        <translation>un forçage droite à gauche (U+202E)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="270"/>
        <source>left-to-right isolate (U+2066)</source>
        <translation>un isolat gauche à droite (U+2066)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="271"/>
        <source>right-to-left isolate (U+2067)</source>
        <translation>un isolat droite à gauche (U+2067)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="272"/>
        <source>first strong isolate (U+2068)</source>
        <translation>un isolat selon le premier caractère fort (U+2068)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="273"/>
        <source>pop directional isolate (U+2069)</source>
        <translation>une fin d&apos;isolat directionnel (U+2069)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="274"/>
        <source>cell %1</source>
        <translation>la cellule %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="275"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="279"/>
        <source>(row %1)</source>
        <extracomment>Where the services a sentence names are, and how many it did not name (importers.shared_places).</extracomment>
        <translation>(ligne %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="280"/>
        <source>(sheet &apos;%1&apos; row %2)</source>
        <translation>(feuille « %1 » ligne %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="281"/>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="453"/>
        <source>%1; %2</source>
        <extracomment>Two messages of one row side by side, as the language separates them (&quot;%1 ; %2&quot; in French).</extracomment>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="372"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="376"/>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="454"/>
        <source>The import failed: {0}</source>
        <translation>L’import a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="378"/>
        <source>Review locations…</source>
        <translation>Vérifier les localisations…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="383"/>
        <source>Service types…</source>
        <translation>Types de services…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="384"/>
        <source>Give the services without a type their types</source>
        <translation>Donner leurs types aux services qui n’en ont pas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="416"/>
        <source>Imported. Placing the new sites on the map by name…</source>
        <translation>Importé. Placement des nouveaux sites sur la carte par leur nom…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="423"/>
        <source>%n service(s) of this list have no type: see %1 to give them types.</source>
        <translation>
            <numerusform>%n service de cette liste n’a pas de type&#xa0;: voyez %1 pour lui en donner.</numerusform>
            <numerusform>%n services de cette liste n’ont pas de type&#xa0;: voyez %1 pour leur en donner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="436"/>
        <source>Imported. Of the %1 sites of this list, %2 had coordinates and %3 were placed on the map by name; %4 wait for review.</source>
        <translation>Importé. Sur les %1 sites de cette liste, %2 avaient des coordonnées et %3 ont été placés sur la carte par leur nom ; %4 attendent une vérification.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="447"/>
        <source>Imported. The sites were not placed on the map (%1); Tools › Review locations › Run the geocoder places them.</source>
        <translation>Importé. Les sites n&apos;ont pas été placés sur la carte (%1) ; Outils › Vérifier les localisations › Lancer le géocodeur les place.</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="34"/>
        <source>Columns it reads</source>
        <translation>Colonnes lues</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="40"/>
        <location filename="../../desktop/importing/profiles.py" line="46"/>
        <location filename="../../desktop/importing/profiles.py" line="128"/>
        <source>Saved import profiles</source>
        <translation>Profils d&apos;importation enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="54"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="56"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="89"/>
        <source>Open a project to see its saved import profiles.</source>
        <translation>Ouvrez un projet pour voir ses profils d&apos;importation enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="91"/>
        <source>No import profiles saved yet. One is saved for each sheet layout you import.</source>
        <translation>Aucun profil d&apos;importation enregistré pour l&apos;instant. Un profil est enregistré pour chaque disposition de feuille importée.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="93"/>
        <source>A profile is applied by itself to the next file whose columns are laid out the same way. Delete one to have ServiceMap guess the columns again.</source>
        <translation>Un profil s&apos;applique de lui-même au prochain fichier dont les colonnes sont disposées de la même façon. Supprimez-le pour que ServiceMap devine à nouveau les colonnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Rename the profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="144"/>
        <source>Delete the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="145"/>
        <source>Delete the profile &apos;{0}&apos;? The next file with this layout will have its columns guessed again.</source>
        <translation>Supprimer le profil « {0} » ? Les colonnes du prochain fichier ayant cette disposition seront à nouveau devinées.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="19"/>
        <source>Reading %1</source>
        <extracomment>Every progress message of an import and of the placing of its sites, as a Qt template.</extracomment>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="20"/>
        <source>%1: row %2 of %3</source>
        <translation>%1 : ligne %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="21"/>
        <source>Matching with the services already in the project</source>
        <translation>Rapprochement avec les services déjà dans le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="22"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="23"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="24"/>
        <source>Loading the gazetteer</source>
        <translation>Chargement du répertoire géographique</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="25"/>
        <source>Placing site %1 of %2</source>
        <translation>Placement du site %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="26"/>
        <source>Waiting for another ServiceMap to finish: %1 by %2 on %3, since %4</source>
        <translation>En attente de la fin d&apos;un autre ServiceMap : %1 par %2 sur %3, depuis %4</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="199"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="205"/>
        <source>Search the messages…</source>
        <translation>Rechercher dans les messages…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="207"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="233"/>
        <source>
Skipped sheet &apos;{0}&apos;: {1}</source>
        <translation>
Feuille ignorée « {0} » : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="246"/>
        <source>Export the import report</source>
        <translation>Exporter le rapport d’import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="247"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="204"/>
        <source>Search the messages</source>
        <translation>Chercher dans les messages</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="210"/>
        <source>Rows of the import</source>
        <translation>Lignes de l&apos;import</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="37"/>
        <source>imported</source>
        <extracomment>Each row status as the report shows it (the importers, the CLI and the exported report keep the codes).</extracomment>
        <translation>importée</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="38"/>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="39"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="40"/>
        <source>not-a-service</source>
        <translation>pas un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="41"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="497"/>
        <source>Import a service list</source>
        <translation>Importer une liste de services</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="602"/>
        <location filename="../../desktop/importing/wizard.py" line="693"/>
        <source>Cannot import this file</source>
        <translation>Impossible d’importer ce fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="632"/>
        <source>chosen for this project</source>
        <translation>choisi pour ce projet</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="633"/>
        <source>usual in {0}</source>
        <translation>habituel en {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="733"/>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Saved import profiles</source>
        <translation>Profils d&apos;importation enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>The import of %1</source>
        <translation>L&apos;import de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="581"/>
        <location filename="../../desktop/importing/wizard.py" line="696"/>
        <source>The list could not be read: {0}</source>
        <translation>La liste n’a pas pu être lue : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>Placing the sites of %1 on the map</source>
        <translation>Placement des sites de %1 sur la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="772"/>
        <source>Cancelled. The import of %1 was rolled back: nothing from it was written to the project.</source>
        <translation>Annulé. L&apos;import de %1 a été défait : rien n&apos;en a été écrit dans le projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="774"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="775"/>
        <source>%1 was imported; placing its sites on the map was stopped, and nothing was placed.</source>
        <translation>%1 a été importé ; le placement de ses sites sur la carte a été arrêté, et rien n&apos;a été placé.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="795"/>
        <source>nothing was imported</source>
        <translation>rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="827"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="22"/>
        <source>&amp;Language</source>
        <extracomment>(code, the language&apos;s own name); &quot;&quot; follows the system&apos;s language.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="27"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="47"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="48"/>
        <source>%1 will be used the next time ServiceMap starts. Close ServiceMap and open it again to change the language now.</source>
        <translation>%1 sera utilisé au prochain démarrage de ServiceMap. Fermez ServiceMap et rouvrez-le pour changer de langue maintenant.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="83"/>
        <location filename="../../desktop/window/main_window.py" line="84"/>
        <source>Drawing the map…</source>
        <extracomment>Sent with the newly opened project, or None when it is closed.</extracomment>
        <translation>Tracé de la carte…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="111"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="113"/>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="116"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="123"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="131"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Zoomer la carte sur la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="133"/>
        <source>Zoom map to &amp;all services</source>
        <translation>Zoomer la carte sur &amp;tous les services</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="144"/>
        <location filename="../../desktop/window/panels.py" line="78"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="154"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;À propos de ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="173"/>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>Projets ServiceMap (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="233"/>
        <source>Project not found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="254"/>
        <source>A project is still being opened; open %1 when it is open.</source>
        <translation>Un projet est encore en cours d&apos;ouverture ; ouvrez %1 quand il sera ouvert.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="283"/>
        <source>Opening project</source>
        <translation>Ouverture du projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="304"/>
        <location filename="../../desktop/window/main_window.py" line="308"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="309"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1&#xa0;: %2. Vérifiez le fichier et ses autorisations.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="397"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %2 services sur %3 sites, %4 sur la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="402"/>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="440"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>Le service cliqué sur la carte est masqué par la recherche ou par le filtre de type.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="377"/>
        <source>Coverage gaps</source>
        <translation>Lacunes de couverture</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="153"/>
        <source>&amp;Check this installation…</source>
        <translation>&amp;Vérifier cette installation…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="108"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="110"/>
        <source>Open the &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="212"/>
        <source>Building the demo project</source>
        <translation>Construction du projet de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="225"/>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="234"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File › Open project… from its new place.</source>
        <translation>%1&#xa0;: le fichier n’est plus là. Il a été déplacé, renommé ou supprimé&#xa0;; ouvrez-le depuis son nouvel emplacement avec Fichier › Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="359"/>
        <source>Close project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="360"/>
        <source>%1 is still running. Cancel it and close the project?</source>
        <translation>%1 est toujours en cours. L&apos;annuler et fermer le projet ?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="383"/>
        <source>No project open. Create one, open the demo, or open a project.</source>
        <translation>Aucun projet ouvert. Créez-en un, ouvrez la démonstration ou ouvrez un projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="391"/>
        <source>%1 of %2 services shown</source>
        <translation>%1 services affichés sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>Quit ServiceMap</source>
        <translation>Quitter ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>%1 is still running. Cancel it and quit?</source>
        <translation>%1 est encore en cours. L&apos;annuler et quitter ?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/map/words.py" line="12"/>
        <source>Service map</source>
        <translation>Carte des services</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="13"/>
        <source>Confidential service – contact through case management</source>
        <translation>Service confidentiel – contact par la gestion de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="14"/>
        <source>Confidential service (shown at the centre of its area)</source>
        <translation>Service confidentiel (montré au centre de sa zone)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="15"/>
        <source>Service type not given</source>
        <translation>Type de service non indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="16"/>
        <location filename="../../desktop/map/words.py" line="23"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="17"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="18"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="19"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="20"/>
        <source>{n} services have no location and are not on the map</source>
        <translation>{n} services n&apos;ont pas de localisation et ne sont pas sur la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="21"/>
        <source>1 service has no location and is not on the map</source>
        <translation>1 service n&apos;a pas de localisation et n&apos;est pas sur la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="22"/>
        <source>{n} services here: zoom in to see them</source>
        <translation>{n} services ici : zoomez pour les voir</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="24"/>
        <source>Area names</source>
        <translation>Noms des zones</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="25"/>
        <location filename="../../desktop/window/panels.py" line="136"/>
        <source>Admin level {level}</source>
        <translation>Niveau administratif {level}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="26"/>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map/view.py" line="225"/>
        <source>The map could not be drawn: %1</source>
        <translation>Impossible de tracer la carte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="231"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>Impossible de charger la page de la carte depuis %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="241"/>
        <source>The map page did not finish drawing.</source>
        <translation>La page de la carte n’a pas fini de s’afficher.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="273"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="278"/>
        <location filename="../../desktop/importing/wizard.py" line="284"/>
        <source>What each column holds</source>
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="279"/>
        <source>Check the fields ServiceMap chose; change any that are wrong. The mapping is remembered for the next file with the same columns.</source>
        <translation>Vérifiez les champs choisis par ServiceMap ; corrigez ceux qui sont faux. La correspondance est mémorisée pour le prochain fichier ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="292"/>
        <source>Saved profiles…</source>
        <translation>Profils enregistrés…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="293"/>
        <source>See, rename or delete the column mappings ServiceMap remembers</source>
        <translation>Voir, renommer ou supprimer les correspondances de colonnes que ServiceMap retient</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="327"/>
        <source>Field of column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="36"/>
        <source>Merge another list</source>
        <translation>Fusionner une autre liste</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="39"/>
        <source>Choose a project or list…</source>
        <translation>Choisir un projet ou une liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="41"/>
        <source>Choose another ServiceMap project (.gpkg) or a partner&apos;s list to merge into this project.</source>
        <translation>Choisissez un autre projet ServiceMap (.gpkg) ou la liste d’un partenaire à fusionner dans ce projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Ours</source>
        <translation>Notre valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Theirs</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Keep all ours</source>
        <translation>Garder toutes nos valeurs</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Take all theirs</source>
        <translation>Prendre toutes leurs valeurs</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="48"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="62"/>
        <source>Choose the project or list to merge</source>
        <translation>Choisir le projet ou la liste à fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="70"/>
        <source>Reading and matching %1…</source>
        <translation>Lecture et rapprochement de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="91"/>
        <source>It shares no history with this project, so ServiceMap cannot tell who changed a value: every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>Il ne partage aucun historique avec ce projet : ServiceMap ne peut donc pas savoir qui a modifié une valeur. Toute valeur différente est un conflit ; la nôtre est gardée, sauf si vous choisissez la leur.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="94"/>
        <source>A list has no history to compare with, so every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>Une liste n&apos;a pas d&apos;historique à comparer : toute valeur différente est donc un conflit ; la nôtre est gardée, sauf si vous choisissez la leur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="97"/>
        <source>%n service(s) added in both copies since they parted are taken as one, not added twice.</source>
        <translation>
            <numerusform>%n service ajouté dans les deux copies depuis leur séparation est pris comme un seul, pas ajouté deux fois.</numerusform>
            <numerusform>%n services ajoutés dans les deux copies depuis leur séparation sont pris chacun comme un seul, pas ajoutés deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="130"/>
        <source>deleted on one side, changed on the other</source>
        <translation>supprimé d&apos;un côté, modifié de l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="135"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="136"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="142"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>service deleted in their copy</source>
        <translation>service supprimé dans leur copie</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>in this project</source>
        <translation>dans ce projet</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="146"/>
        <source>%1 (only they changed it)</source>
        <translation>%1 (eux seuls l&apos;ont modifié)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="153"/>
        <source>The merge failed: %1</source>
        <translation>La fusion a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="184"/>
        <source>Merged. Choose another project or list to merge more.</source>
        <translation>Fusion terminée. Choisissez un autre projet ou une autre liste pour continuer la fusion.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Values that differ</source>
        <translation>Valeurs qui diffèrent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="80"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n new service(s)</source>
        <translation>
            <numerusform>%n nouveau service</numerusform>
            <numerusform>%n nouveaux services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="81"/>
        <source>%n value(s) changed only there (taken)</source>
        <translation>
            <numerusform>%n valeur modifiée seulement là-bas (reprise)</numerusform>
            <numerusform>%n valeurs modifiées seulement là-bas (reprises)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="82"/>
        <source>%n conflict(s) (changed on both sides)</source>
        <translation>
            <numerusform>%n conflit (modifié des deux côtés)</numerusform>
            <numerusform>%n conflits (modifiés des deux côtés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="83"/>
        <source>%n service(s) deleted there (deleted here too unless you keep them)</source>
        <translation>
            <numerusform>%n service supprimé là-bas (supprimé ici aussi, sauf si vous le gardez)</numerusform>
            <numerusform>%n services supprimés là-bas (supprimés ici aussi, sauf si vous les gardez)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="84"/>
        <source>%1 is a copy of this project: %2.</source>
        <translation>%1 est une copie de ce projet : %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n matched</source>
        <translation>
            <numerusform>%n rapproché</numerusform>
            <numerusform>%n rapprochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n value(s) to fill in</source>
        <translation>
            <numerusform>%n valeur à compléter</numerusform>
            <numerusform>%n valeurs à compléter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="88"/>
        <source>%1: %2. Choose which value to keep for each conflict.</source>
        <translation>%1 : %2. Choisissez la valeur à conserver pour chaque conflit.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="89"/>
        <source>, </source>
        <comment>between the counts of a merge&apos;s summary</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="100"/>
        <source>%n service(s) will become confidential, as the partner marks them.</source>
        <translation>
            <numerusform>%n service deviendra confidentiel, comme le partenaire l&apos;a marqué.</numerusform>
            <numerusform>%n services deviendront confidentiels, comme le partenaire les a marqués.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="171"/>
        <source>Merging %1…</source>
        <translation>Fusion de %1…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/window/new_project.py" line="39"/>
        <location filename="../../desktop/window/new_project.py" line="208"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="50"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="51"/>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="52"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="53"/>
        <source>OCHA COD-AB or geoBoundaries admin boundaries: GeoJSON, GeoPackage, Shapefile, a .zip, or the folder of an unzipped download.</source>
        <translation>Limites administratives OCHA COD-AB ou geoBoundaries : GeoJSON, GeoPackage, Shapefile, un .zip, ou le dossier d&apos;un téléchargement décompressé.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="57"/>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="65"/>
        <source>Double-click a name under “Called” to change it</source>
        <translation>Double-cliquez sur un nom sous « Appelé » pour le changer</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="67"/>
        <source>read from the boundaries (e.g. BGD)</source>
        <translation>lu dans les limites (p. ex. BGD)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="73"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="79"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="92"/>
        <source>1. Admin boundaries</source>
        <translation>1. Limites administratives</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="96"/>
        <source>2. Levels found</source>
        <translation>2. Niveaux trouvés</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="99"/>
        <location filename="../../desktop/window/new_project.py" line="242"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="102"/>
        <source>3. The project file</source>
        <translation>3. Le fichier du projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="120"/>
        <source>Choose the boundary files</source>
        <translation>Choisir les fichiers de limites</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="125"/>
        <source>Choose the folder of boundary files</source>
        <translation>Choisir le dossier des fichiers de limites</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="160"/>
        <source>Reading the boundaries…</source>
        <translation>Lecture des limites…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="170"/>
        <source>Admin level %1</source>
        <translation>Niveau administratif %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/new_project.py" line="183"/>
        <source>%n level(s) found. Say what each level is called, then Create.</source>
        <translation>
            <numerusform>%n niveau trouvé. Dites comment il s&apos;appelle, puis Créer.</numerusform>
            <numerusform>%n niveaux trouvés. Dites comment chaque niveau s&apos;appelle, puis Créer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="195"/>
        <source>Save the new project as</source>
        <translation>Enregistrer le nouveau projet sous</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="197"/>
        <source>ServiceMap projects (*.gpkg)</source>
        <translation>Projets ServiceMap (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="209"/>
        <source>%1 is already there. Replace it? Everything in it will be lost.</source>
        <translation>%1 existe déjà. Le remplacer ? Tout son contenu sera perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="218"/>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Project file</source>
        <translation>Fichier du projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/window/panels.py" line="33"/>
        <source>&amp;Import a service list…</source>
        <translation>&amp;Importer une liste de services…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="34"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="35"/>
        <source>Saved import pro&amp;files…</source>
        <translation>Pro&amp;fils d&apos;importation enregistrés…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="36"/>
        <source>Referral &amp;pathways…</source>
        <translation>&amp;Circuits de référencement…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="37"/>
        <source>Coverage &amp;gaps…</source>
        <translation>&amp;Lacunes de couverture…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="38"/>
        <source>&amp;Review locations…</source>
        <translation>&amp;Vérifier les localisations…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="39"/>
        <source>Service &amp;types…</source>
        <translation>&amp;Types de services…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="40"/>
        <source>&amp;Merge another list…</source>
        <translation>&amp;Fusionner une autre liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="41"/>
        <source>&amp;Export the directory…</source>
        <translation>&amp;Exporter l&apos;annuaire…</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="69"/>
        <location filename="../../desktop/pathways/panel.py" line="305"/>
        <source>Referral pathways</source>
        <extracomment>Areas drawn in the preview; printing and export take every chosen area.</extracomment>
        <translation>Circuits de référencement</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="81"/>
        <source>Filter areas…</source>
        <translation>Filtrer les zones…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="101"/>
        <source>Save steps</source>
        <translation>Enregistrer les étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="103"/>
        <source>Reset to default</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="105"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="107"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="121"/>
        <source>Admin level</source>
        <translation>Niveau administratif</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Concern</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="123"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="264"/>
        <source>Tick one or more areas to see their pathway.</source>
        <translation>Cochez une ou plusieurs zones pour voir leur circuit.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="300"/>
        <source>%1 area(s) shown; %2 services not verified recently are marked.</source>
        <translation>%1 zone(s) affichée(s) ; les %2 services non vérifiés récemment sont signalés.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="313"/>
        <source>Steps saved in the project.</source>
        <translation>Étapes enregistrées dans le projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="378"/>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <location filename="../../desktop/pathways/panel.py" line="398"/>
        <location filename="../../desktop/pathways/panel.py" line="420"/>
        <source>Export pathways</source>
        <translation>Exporter les circuits</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <source>Tick the areas to export first.</source>
        <translation>Cochez d’abord les zones à exporter.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="418"/>
        <location filename="../../desktop/pathways/panel.py" line="437"/>
        <source>Not exported.</source>
        <translation>Non exporté.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="421"/>
        <source>Could not write %1: %2. If another program has the file open, close it; or choose another name or folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Si un autre programme a ouvert le fichier, fermez-le ; ou choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="427"/>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="432"/>
        <source>The export of the pathways</source>
        <translation>L&apos;export des circuits de référencement</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="438"/>
        <source>The export of the pathways was stopped; no file was written.</source>
        <translation>L&apos;export des circuits de référencement a été arrêté ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="80"/>
        <source>Filter areas</source>
        <translation>Filtrer les zones</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="84"/>
        <source>Areas to print</source>
        <translation>Zones à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="137"/>
        <source>Areas and options</source>
        <translation>Zones et options</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="138"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="337"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>Printed.</source>
        <translation>Imprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>The pathway could not be printed. Check the printer, or print to a PDF file.</source>
        <translation>Le circuit n&apos;a pas pu être imprimé. Vérifiez l&apos;imprimante, ou imprimez dans un fichier PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="399"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="401"/>
        <source>Preparing %1 pathway(s)…</source>
        <translation>Préparation de %1 circuit(s)…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="151"/>
        <source>The table ServiceMap found</source>
        <translation>Le tableau trouvé par ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Make a list from this grid…</source>
        <translation>Faire une liste à partir de cette grille…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>Write a list with a row for each organisation of each cell, and import that</source>
        <translation>Écrire une liste avec une ligne pour chaque organisation de chaque cellule, et importer celle-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="215"/>
        <source>This sheet will be skipped: {0}</source>
        <translation>Cette feuille sera ignorée : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="217"/>
        <source>, HXL tags on row {0}</source>
        <translation>, balises HXL à la ligne {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="218"/>
        <source>Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.</source>
        <translation>En-tête à la ligne {0}{1} ; services à partir de la ligne {2}. Bleu : en-tête, gris : balises, vert : données.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="224"/>
        <source>Save the list made from the grid</source>
        <translation>Enregistrer la liste faite à partir de la grille</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="226"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="236"/>
        <source>The list could not be written: {0}</source>
        <translation>La liste n&apos;a pas pu être écrite : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="239"/>
        <source>%Ln cell(s) saying no one offers the service there</source>
        <translation>
            <numerusform>%Ln cellule disant que personne n&apos;offre le service à cet endroit</numerusform>
            <numerusform>%Ln cellules disant que personne n&apos;offre le service à cet endroit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="240"/>
        <source>%Ln cell(s) pointing to another place&apos;s cell</source>
        <translation>
            <numerusform>%Ln cellule renvoyant à la cellule d&apos;un autre lieu</numerusform>
            <numerusform>%Ln cellules renvoyant à la cellule d&apos;un autre lieu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="241"/>
        <source>%Ln provider(s) not confirmed</source>
        <translation>
            <numerusform>%Ln prestataire non confirmé</numerusform>
            <numerusform>%Ln prestataires non confirmés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="243"/>
        <source>Made from the grid of {0}: {1} services in {2}, each row naming the cell it came from.</source>
        <translation>Faite à partir de la grille de {0} : {1} services dans {2}, chaque ligne indiquant la cellule d&apos;où elle vient.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="246"/>
        <source>Left out: {0}.</source>
        <translation>Laissé de côté : {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="247"/>
        <source>Check the list if you wish, then click Next.</source>
        <translation>Vérifiez la liste si vous le souhaitez, puis cliquez sur Suivant.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="164"/>
        <source>The sheet&apos;s first rows</source>
        <translation>Les premières lignes de la feuille</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="31"/>
        <source>Rows to look at</source>
        <translation>Lignes à examiner</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="32"/>
        <source>Every row that will not be imported as it is, and why. Nothing is written yet.</source>
        <translation>Chaque ligne qui ne sera pas importée telle quelle, et pourquoi. Rien n’est encore écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="36"/>
        <source>Show every row</source>
        <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="37"/>
        <source>List the rows imported without a remark too, to mark any of them confidential</source>
        <translation>Lister aussi les lignes importées sans remarque, pour pouvoir marquer n’importe laquelle comme confidentielle</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="41"/>
        <source>Not confidential</source>
        <translation>Non confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="42"/>
        <source>The selected rows were marked confidential because of their words (&quot;safe house&quot;); import them as ordinary services instead</source>
        <translation>Les lignes sélectionnées ont été marquées confidentielles à cause de leurs mots (« maison sûre ») ; les importer plutôt comme services ordinaires</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="45"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="46"/>
        <source>Keep the location of the selected rows&apos; services inside the project (a safe house its words do not name)</source>
        <translation>Garder dans le projet l’emplacement des services des lignes choisies (une maison sûre que ses mots ne nomment pas)</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../desktop/review/queue.py" line="52"/>
        <source>Review locations</source>
        <translation>Vérifier les localisations</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="74"/>
        <source>Run the geocoder</source>
        <translation>Lancer le géocodage</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="77"/>
        <source>Accept all ≥</source>
        <translation>Tout accepter ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>As typed</source>
        <translation>Tel que saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Accept (Enter)</source>
        <translation>Accepter (Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Reject (Del)</source>
        <translation>Rejeter (Suppr)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="100"/>
        <source>Place on the map (P)</source>
        <translation>Placer sur la carte (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="101"/>
        <source>Skip (S)</source>
        <translation>Passer (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="162"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="169"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>%n site à vérifier</numerusform>
            <numerusform>%n sites à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="192"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="193"/>
        <source>As typed: %1</source>
        <translation>Tel que saisi : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="195"/>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="275"/>
        <source>Click on the map where the site is.</source>
        <translation>Cliquez sur la carte à l’emplacement du site.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="294"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>%n localisation acceptée.</numerusform>
            <numerusform>%n localisations acceptées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="308"/>
        <source>Placed %1 sites.</source>
        <translation>%1 sites localisés.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="312"/>
        <source>Geocoding failed</source>
        <translation>Échec du géocodage</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Confidence for Accept all</source>
        <translation>Confiance pour Tout accepter</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="83"/>
        <source>Sites to review</source>
        <translation>Sites à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="95"/>
        <source>Places it may be</source>
        <translation>Lieux possibles</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="211"/>
        <source>Current location</source>
        <translation>Emplacement actuel</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="40"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="41"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="42"/>
        <source>defunct</source>
        <translation>fermé définitivement</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="43"/>
        <source>temporarily closed</source>
        <translation>fermé temporairement</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="78"/>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Women and girls</source>
        <translation>Femmes et filles</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="104"/>
        <source>Men and boys</source>
        <translation>Hommes et garçons</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="111"/>
        <source>Bangla, English, Chakma … or bn, en, ccp</source>
        <translation>bengali, anglais, chakma … ou bn, en, ccp</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="113"/>
        <source>01712-555123, +90 531 245 67 89 (WhatsApp)</source>
        <translation>01712-555123, +90 531 245 67 89 (WhatsApp)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="119"/>
        <source>Confidential (a safe house: never shown at its point)</source>
        <translation>Confidentiel (maison sûre : jamais affichée à son emplacement)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="136"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="138"/>
        <location filename="../../desktop/curation/service_editor.py" line="157"/>
        <location filename="../../desktop/curation/service_editor.py" line="160"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="139"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="140"/>
        <source>Service types</source>
        <translation>Types de service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="141"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="142"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="143"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="144"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="145"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="146"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="147"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="148"/>
        <source>Referral method</source>
        <translation>Mode de référencement</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="149"/>
        <source>Intake criteria</source>
        <translation>Critères d’admission</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="156"/>
        <source>Organisation (renaming it renames it for all its services)</source>
        <translation>Organisation (la renommer la renomme pour tous ses services)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="158"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="161"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="162"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="163"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="295"/>
        <source>No type chosen yet; kept so.</source>
        <translation>Aucun type choisi pour l&apos;instant ; laissé ainsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="297"/>
        <source>Empty; kept as it is.</source>
        <translation>Vide ; laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="299"/>
        <source>Not recognised, kept as it is: %1</source>
        <translation>Non reconnu, laissé tel quel : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="330"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="333"/>
        <source>One other service is at this place (%1): its point shows it on maps and pathways. Mark it confidential too, or move it.</source>
        <translation>Un autre service se trouve à cet endroit (%1) : son point le montre sur les cartes et les circuits de référencement. Marquez-le aussi confidentiel, ou déplacez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="335"/>
        <source>Mark it confidential too</source>
        <translation>Le marquer aussi confidentiel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="337"/>
        <source>%n other services are at this place (%1): their points show it on maps and pathways. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>%n autre service se trouve à cet endroit (%1) : son point le montre sur les cartes et les circuits de référencement. Marquez-le aussi confidentiel, ou déplacez-le.</numerusform>
            <numerusform>%n autres services se trouvent à cet endroit (%1) : leurs points le montrent sur les cartes et les circuits de référencement. Marquez-les aussi confidentiels, ou déplacez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="339"/>
        <source>Mark these %n services confidential too</source>
        <translation>
            <numerusform>Marquer aussi ce service confidentiel (%n)</numerusform>
            <numerusform>Marquer aussi ces %n services confidentiels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same site</source>
        <translation>le même site</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same point</source>
        <translation>le même point</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same address</source>
        <translation>la même adresse</translation>
    </message>
</context>
<context>
    <name>ServiceTypeList</name>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Within</source>
        <translation>Dans un rayon de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="52"/>
        <source>Tick the service types to analyse. Double-click “Within” to set a threshold for one type (e.g. 5km or 45min); leave it blank for the type&apos;s default.</source>
        <translation>Cochez les types de service à analyser. Double-cliquez sur « Dans un rayon de » pour fixer le seuil d&apos;un type (p. ex. 5km ou 45min) ; laissez vide pour le seuil par défaut du type.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="36"/>
        <source>Service types to analyse</source>
        <translation>Types de service à analyser</translation>
    </message>
</context>
<context>
    <name>ServiceTypesDialog</name>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="47"/>
        <location filename="../../desktop/curation/types_dialog.py" line="230"/>
        <source>Service types</source>
        <translation>Types de services</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="53"/>
        <source>The services of this project that have no type (or an unsure one), by the text their list gave. Tick the types each text means, then “Teach and re-type”: the project keeps your answers for its next imports, and these services get their types. A type a person chose is never changed.</source>
        <translation>Les services de ce projet qui n’ont pas de type (ou un type incertain), regroupés par le texte de leur liste. Cochez les types que chaque texte désigne, puis «&#xa0;Apprendre et retyper&#xa0;»&#xa0;: le projet garde vos réponses pour ses prochaines importations, et ces services reçoivent leurs types. Un type choisi par une personne n’est jamais modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="69"/>
        <source>Mark them confidential too</source>
        <translation>Les marquer aussi confidentiels</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="72"/>
        <source>Teach and re-type</source>
        <translation>Apprendre et retyper</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="112"/>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="114"/>
        <source>Finding the services without a type…</source>
        <translation>Recherche des services sans type…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="119"/>
        <source>Every service has a type ServiceMap is sure of.</source>
        <translation>Chaque service a un type dont ServiceMap est sûr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="128"/>
        <source>Teaching %n text(s) and re-typing the services…</source>
        <translation>
            <numerusform>Apprentissage de %n texte et nouveau typage des services…</numerusform>
            <numerusform>Apprentissage de %n textes et nouveau typage des services…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="135"/>
        <source>Taught %1 text(s); %2 service(s) got new types; %3 still have none.</source>
        <translation>%1 texte(s) appris&#xa0;; %2 service(s) ont reçu de nouveaux types&#xa0;; %3 n’en ont toujours pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="168"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="171"/>
        <source>1 service became confidential (a safe shelter), but other services at its place still show it on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>1 service est devenu confidentiel (un hébergement sécurisé), mais d&apos;autres services à son emplacement le montrent encore sur les cartes et les circuits de référencement : %1. Marquez-les aussi confidentiels, ou déplacez-les.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="174"/>
        <source>%n services became confidential (safe shelters), but other services at their places still show them on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>%n service est devenu confidentiel (un hébergement sécurisé), mais d&apos;autres services à son emplacement le montrent encore sur les cartes et les circuits de référencement : %1. Marquez-les aussi confidentiels, ou déplacez-les.</numerusform>
            <numerusform>%n services sont devenus confidentiels (des hébergements sécurisés), mais d&apos;autres services à leurs emplacements les montrent encore sur les cartes et les circuits de référencement : %1. Marquez-les aussi confidentiels, ou déplacez-les.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="185"/>
        <source>Mark confidential: at the place of a safe shelter</source>
        <translation>Marqué confidentiel : à l&apos;emplacement d&apos;un hébergement sécurisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="194"/>
        <source>Marked %n service(s) confidential.</source>
        <translation>
            <numerusform>%n service marqué confidentiel.</numerusform>
            <numerusform>%n services marqués confidentiels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="220"/>
        <source>Teaching service types and re-typing the services</source>
        <translation>L’apprentissage des types de services et le nouveau typage des services</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="225"/>
        <source>Cancelled: nothing was taught and no service changed.</source>
        <translation>Annulé&#xa0;: rien n’a été appris et aucun service n’a changé.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="46"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>Rechercher services, organisations, lieux, téléphones…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="52"/>
        <source>Show only one type of service</source>
        <translation>Afficher un seul type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="58"/>
        <source>Not verified in 6 months</source>
        <translation>Non vérifiés depuis 6 mois</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="59"/>
        <source>Show only services never verified, or not verified in the last 6 months</source>
        <translation>Afficher uniquement les services jamais vérifiés ou non vérifiés au cours des 6 derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="138"/>
        <source>All service types</source>
        <translation>Tous les types de service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="45"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="51"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="63"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="142"/>
        <source>Service type not given</source>
        <translation>Type de service non indiqué</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="57"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="109"/>
        <source>%1 and over</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="111"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Placed</source>
        <translation>Localisé</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="165"/>
        <source>Not placed</source>
        <translation>Non localisé</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="393"/>
        <source>%1: only in this copy; the shared directory did not take it</source>
        <extracomment>A cell edit was refused; the message says why (shown in the status bar). Columns edited in place, through ``cell_editor``. Saves one cell: ``(listing, column, text) -&gt; problem`` (&quot;&quot; when saved). None: read-only.</extracomment>
        <translation>%1&#xa0;: seulement dans cette copie&#xa0;; le répertoire partagé ne l’a pas accepté</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../desktop/sharing/side_by_side.py" line="79"/>
        <source>Keep which value for %1</source>
        <extracomment>The choice each of the two &quot;all&quot; buttons sets on this row: a row whose right side is not what the right button means (another person&apos;s value, not mine) says which instead.</extracomment>
        <translation>Quelle valeur garder pour %1</translation>
    </message>
</context>
<context>
    <name>SkipReasons</name>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="18"/>
        <source>empty sheet</source>
        <translation>feuille vide</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="19"/>
        <source>no table of services (a cover page, instructions or lists): no header row in the first 30 rows names an organisation and a service</source>
        <translation>pas de tableau de services (une page de garde, des instructions ou des listes) : aucune ligne d&apos;en-tête dans les 30 premières lignes ne nomme une organisation et un service</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="22"/>
        <source>no header row with known columns</source>
        <translation>aucune ligne d&apos;en-tête avec des colonnes connues</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="23"/>
        <source>a table turned on its side: each column is a service provider and each row a field (&apos;{label}&apos; in row {row}); turn it so that each provider is a row (in Excel: copy it, then Paste Special › Transpose) and import the copy</source>
        <translation>un tableau couché sur le côté : chaque colonne est un prestataire et chaque ligne un champ (&apos;{label}&apos; à la ligne {row}) ; retournez-le pour que chaque prestataire soit une ligne (dans Excel : copier, puis Collage spécial › Transposé) et importez la copie</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="27"/>
        <source>the submissions of the KoBo repeat group on sheet &apos;{sheet}&apos;: their organisation, place and answers are read with each of that sheet&apos;s rows</source>
        <translation>les soumissions du groupe répété KoBo de la feuille &apos;{sheet}&apos; : leur organisation, leur lieu et leurs réponses sont lus avec chaque ligne de cette feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="30"/>
        <source>hidden in the workbook (most often old data or drop-down lists); if its rows are services, unhide the sheet in Excel or LibreOffice and import again</source>
        <translation>masquée dans le classeur (le plus souvent des données anciennes ou des listes déroulantes) ; si ses lignes sont des services, affichez la feuille dans Excel ou LibreOffice et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="33"/>
        <source>a referral pathway kept as a grid (header in row {row}: a column for each of {places} places, a row for each of {types} service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>un circuit de référencement tenu sous forme de grille (en-tête à la ligne {row} : une colonne pour chacun des {places} lieux, une ligne pour chacun des {types} types de service, les organisations dans les cellules), et non une liste avec un service par ligne ; faites une ligne pour chaque organisation de chaque cellule (organisation, type de service, lieu, téléphone) et importez-la : « servicemap grid-to-list » ou « Faire une liste à partir de cette grille » dans l&apos;assistant d&apos;import l&apos;écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="38"/>
        <source>a referral pathway kept as a grid (header in row {row}: a row for each of {places} places, {types} columns of service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>un circuit de référencement tenu sous forme de grille (en-tête à la ligne {row} : une ligne pour chacun des {places} lieux, {types} colonnes de types de service, les organisations dans les cellules), et non une liste avec un service par ligne ; faites une ligne pour chaque organisation de chaque cellule (organisation, type de service, lieu, téléphone) et importez-la : « servicemap grid-to-list » ou « Faire une liste à partir de cette grille » dans l&apos;assistant d&apos;import l&apos;écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="43"/>
        <source>{rows} rows, more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files</source>
        <translation>{rows} lignes, plus que les {max} que ServiceMap lit dans une feuille ; divisez la liste en feuilles ou fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="46"/>
        <source>{rows} rows (to cell {cell}), more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files, or delete what is below it</source>
        <translation>{rows} lignes (jusqu&apos;à la cellule {cell}), plus que les {max} que ServiceMap lit dans une feuille ; divisez la liste en feuilles ou fichiers plus petits, ou supprimez ce qui se trouve en dessous</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="49"/>
        <source>{columns} columns (to cell {cell}), more than the {max} ServiceMap reads from one sheet; delete the columns right of the list and save it again</source>
        <translation>{columns} colonnes (jusqu&apos;à la cellule {cell}), plus que les {max} que ServiceMap lit dans une feuille ; supprimez les colonnes à droite de la liste et enregistrez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="52"/>
        <source>{rows} rows × {columns} columns (to cell {cell}), more than the {max} cells ServiceMap reads from one sheet; delete what lies below and right of the list (one stray value far away makes the whole sheet this large), or split the list</source>
        <translation>{rows} lignes × {columns} colonnes (jusqu&apos;à la cellule {cell}), plus que les {max} cellules que ServiceMap lit dans une feuille ; supprimez ce qui se trouve en dessous et à droite de la liste (une seule valeur égarée loin de la liste rend toute la feuille aussi grande), ou divisez la liste</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/window/start_page.py" line="21"/>
        <source>Welcome to ServiceMap</source>
        <translation>Bienvenue dans ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="22"/>
        <source>Start from your admin boundaries, or look around the demo project first.</source>
        <translation>Partez de vos limites administratives, ou découvrez d&apos;abord le projet de démonstration.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="25"/>
        <source>Create a new project…</source>
        <translation>Créer un nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="26"/>
        <source>From admin boundary files (OCHA COD-AB or geoBoundaries): GeoJSON, GeoPackage, Shapefile, a .zip or a folder. Then import your list of services.</source>
        <translation>À partir de fichiers de limites administratives (OCHA COD-AB ou geoBoundaries) : GeoJSON, GeoPackage, Shapefile, un .zip ou un dossier. Importez ensuite votre liste de services.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="29"/>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="30"/>
        <source>Fictional protection services in Bangladesh&apos;s Chattogram division, ready to explore.</source>
        <translation>Des services de protection fictifs dans la division de Chattogram (Bangladesh), prêts à explorer.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>A ServiceMap project file (.gpkg) you or a colleague made.</source>
        <translation>Un fichier de projet ServiceMap (.gpkg) créé par vous ou un collègue.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="37"/>
        <source>Drag the steps into the order they are followed</source>
        <translation>Faites glisser les étapes dans l’ordre où elles sont suivies</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="52"/>
        <source>Drag to change the order; untick to leave a service off this step</source>
        <translation>Faites glisser pour changer l’ordre ; décochez pour retirer un service de cette étape</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="57"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="35"/>
        <location filename="../../desktop/pathways/steps.py" line="61"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="41"/>
        <location filename="../../desktop/pathways/steps.py" line="120"/>
        <source>Standard title (leave empty to use it)</source>
        <translation>Titre standard (laissez vide pour l&apos;utiliser)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="42"/>
        <source>Leave empty to use the standard title, shown in grey</source>
        <translation>Laissez vide pour utiliser le titre standard, affiché en gris</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="45"/>
        <location filename="../../desktop/pathways/steps.py" line="121"/>
        <source>Standard note (leave empty to use it)</source>
        <translation>Note standard (laissez vide pour l&apos;utiliser)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="46"/>
        <source>Leave empty to use the standard note, shown in grey</source>
        <translation>Laissez vide pour utiliser la note standard, affichée en gris</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="64"/>
        <source>Services of this step, for the first area chosen</source>
        <translation>Services de cette étape, pour la première zone choisie</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="125"/>
        <source>No standard note: leave empty for none</source>
        <translation>Pas de note standard : laissez vide pour n&apos;en mettre aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="50"/>
        <source>Services of this step</source>
        <translation>Services de cette étape</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="102"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="103"/>
        <source>Send this copy&apos;s changes to the shared directory and receive the others&apos;</source>
        <translation>Envoyer les changements de cette copie au répertoire partagé et recevoir ceux des autres</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="145"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="146"/>
        <source>Last sync %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Dernière synchronisation %1 · %n changement en attente</numerusform>
            <numerusform>Dernière synchronisation %1 · %n changements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="150"/>
        <source>%n only in this copy</source>
        <translation>
            <numerusform>%n seulement dans cette copie</numerusform>
            <numerusform>%n seulement dans cette copie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="152"/>
        <source>only in this copy (%1)</source>
        <translation>seulement dans cette copie (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="163"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="166"/>
        <source>The shared directory refused records this copy made: %1. Keep them in this copy only, or discard them.</source>
        <translation>Le répertoire partagé a refusé des fiches créées dans cette copie&#xa0;: %1. Gardez-les dans cette copie seulement, ou supprimez-les.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="169"/>
        <source>The shared directory refused %n change(s) this copy made; the server&apos;s values are back here: %1.</source>
        <translation>
            <numerusform>Le répertoire partagé a refusé %n modification de cette copie ; les valeurs du serveur sont revenues ici : %1.</numerusform>
            <numerusform>Le répertoire partagé a refusé %n modifications de cette copie ; les valeurs du serveur sont revenues ici : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="199"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="232"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="233"/>
        <source>Not synced: %1</source>
        <translation>Non synchronisé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Not synced: why?</source>
        <translation>Non synchronisé : pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Sync details</source>
        <translation>Détails de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="248"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="281"/>
        <source>Shared directory</source>
        <translation>Répertoire partagé</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="272"/>
        <source>The server asks for a password: type it to sync.</source>
        <translation>Le serveur demande un mot de passe : saisissez-le pour synchroniser.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="282"/>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="284"/>
        <source>The server did not accept that password.</source>
        <translation>Le serveur n’a pas accepté ce mot de passe.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="62"/>
        <source>Synced: sent %1, received %2</source>
        <translation>Synchronisé : envoyé %1, reçu %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="65"/>
        <source>%1; %n conflict(s) wait</source>
        <translation>
            <numerusform>%1 ; %n conflit attend</numerusform>
            <numerusform>%1 ; %n conflits attendent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="68"/>
        <source>%1; %n refused by the server: %2</source>
        <translation>
            <numerusform>%1 ; %n refus du serveur : %2</numerusform>
            <numerusform>%1 ; %n refus du serveur : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="71"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>TypeAnswers</name>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="41"/>
        <source>Text in the list</source>
        <translation>Texte de la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="41"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>ServiceMap read</source>
        <translation>Lu par ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="51"/>
        <source>Texts without a service type</source>
        <translation>Textes sans type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="65"/>
        <source>Service types the text means</source>
        <translation>Types de services que désigne le texte</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="68"/>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>Not a service type</source>
        <translation>Pas un type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="69"/>
        <source>Distributions, awareness raising …: its services stay without a type, and ServiceMap does not ask about this text again</source>
        <translation>Distributions, sensibilisation…&#xa0;: ses services restent sans type, et ServiceMap ne pose plus la question pour ce texte</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="72"/>
        <source>Skip this text</source>
        <translation>Passer ce texte</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="73"/>
        <source>Give no answer: its services keep no type (or ServiceMap&apos;s guess)</source>
        <translation>Ne pas répondre&#xa0;: ses services restent sans type (ou gardent la supposition de ServiceMap)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="126"/>
        <source>%1 (unsure)</source>
        <translation>%1 (incertain)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="127"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="193"/>
        <source>“%1” means:</source>
        <translation>«&#xa0;%1&#xa0;» désigne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="194"/>
        <source>Nothing to answer: ServiceMap read a type for every text.</source>
        <translation>Rien à répondre&#xa0;: ServiceMap a lu un type pour chaque texte.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>(skipped)</source>
        <translation>(passé)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="217"/>
        <source>%1 of %2 texts answered.</source>
        <translation>%1 texte(s) sur %2 avec une réponse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/type_answers.py" line="220"/>
        <source>%n row(s) will have no service type.</source>
        <translation>
            <numerusform>%n ligne n’aura pas de type de service.</numerusform>
            <numerusform>%n lignes n’auront pas de type de service.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="21"/>
        <source>Service types</source>
        <translation>Types de services</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="22"/>
        <source>ServiceMap could not tell the service type of these texts, or is unsure. Tick the types each one means: the project keeps your answer, so the next import knows it. Skip any you are unsure of.</source>
        <translation>ServiceMap n’a pas su dire le type de service de ces textes, ou n’en est pas sûr. Cochez les types que chacun désigne&#xa0;: le projet garde votre réponse, et la prochaine importation la connaîtra. Passez ceux dont vous n’êtes pas sûr.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/curation/undo.py" line="62"/>
        <source>Redo: %1</source>
        <extracomment>The most services whose rows an edit refreshes one by one; past it (an organisation of thousands renamed) the window reads every row again. Told the reason when an undo or redo could not be written.</extracomment>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="65"/>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="87"/>
        <source>Edit service “%1”</source>
        <translation>Modifier le service « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="122"/>
        <source>Restore service “%1”</source>
        <translation>Restaurer le service « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="124"/>
        <source>Delete service “%1”</source>
        <translation>Supprimer le service « %1 »</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="31"/>
        <source>Warnings about the directory</source>
        <translation>Avertissements sur l’annuaire</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="32"/>
        <source>Service types…</source>
        <translation>Types de services…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="33"/>
        <source>Give the services without a type their types</source>
        <translation>Donner leurs types aux services qui n’en ont pas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="53"/>
        <source>No service has the type %1 here, but %n service(s) have no type and may be of it: see %2 to give them types.</source>
        <translation>
            <numerusform>Aucun service n’a le type %1 ici, mais %n service n’a pas de type et pourrait en être&#xa0;: voyez %2 pour lui en donner.</numerusform>
            <numerusform>Aucun service n’a le type %1 ici, mais %n services n’ont pas de type et pourraient en être&#xa0;: voyez %2 pour leur en donner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="56"/>
        <source>%n service(s) have no type and are left out: see %1 to give them types.</source>
        <translation>
            <numerusform>%n service n’a pas de type et n’est pas compté&#xa0;: voyez %1 pour lui en donner.</numerusform>
            <numerusform>%n services n’ont pas de type et ne sont pas comptés&#xa0;: voyez %1 pour leur en donner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="59"/>
        <source>%1 has services none of which is verified: check them with their providers before relying on them.</source>
        <translation>%1 a des services dont aucun n’est vérifié&#xa0;: vérifiez-les auprès de leurs prestataires avant de vous y fier.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="61"/>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="62"/>
        <source>%n areas have services none of which is verified: %1%2. Check them with their providers before relying on them.</source>
        <translation>
            <numerusform>%n zone a des services dont aucun n’est vérifié&#xa0;: %1%2. Vérifiez-les auprès de leurs prestataires avant de vous y fier.</numerusform>
            <numerusform>%n zones ont des services dont aucun n’est vérifié&#xa0;: %1%2. Vérifiez-les auprès de leurs prestataires avant de vous y fier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="384"/>
        <source>Shared directory</source>
        <translation>Répertoire partagé</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="330"/>
        <source>&amp;Share this project…</source>
        <translation>&amp;Partager ce projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="331"/>
        <source>Open a s&amp;hared directory…</source>
        <translation>Ouvrir un r&amp;épertoire partagé…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="342"/>
        <source>Share this project</source>
        <translation>Partager ce projet</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="343"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="353"/>
        <source>Address of the shared directory (postgresql://USER@HOST/DATABASE):</source>
        <translation>Adresse du répertoire partagé (postgresql://USER@HOST/DATABASE) :</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="352"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="356"/>
        <source>Open a shared directory</source>
        <translation>Ouvrir un répertoire partagé</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="357"/>
        <source>Only these areas (P-codes, separated by spaces; empty for all):</source>
        <translation>Seulement ces zones (P-codes séparés par des espaces ; vide pour toutes) :</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="361"/>
        <source>Save the offline copy as</source>
        <translation>Enregistrer la copie hors ligne sous</translation>
    </message>
</context>
</TS>
