<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/about.py" line="15"/>
        <source>development version</source>
        <translation>version de développement</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>Un répertoire, des cartes, les lacunes de couverture et des circuits de référencement imprimables pour les services de protection de l’enfance et de lutte contre les VBG.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>ServiceMap fonctionne hors ligne. Il ne se connecte à Internet que si vous activez une fonction en ligne, comme les fonds de carte en ligne ou le géocodage en ligne.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="26"/>
        <source>Data credits</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>Limites administratives&#xa0;: jeux de données opérationnels communs d’OCHA (COD-AB)&#xa0;; pour le Bangladesh, produites par le Bureau des statistiques du Bangladesh (BBS), sous licence CC BY-IGO 3.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>Noms de lieux et informations sur les pays&#xa0;: GeoNames, sous licence CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>À propos de ServiceMap</translation>
    </message>
</context>
<context>
    <name>BasemapMenu</name>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="27"/>
        <source>&amp;Basemap</source>
        <translation>Fond de &amp;carte</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="30"/>
        <source>&amp;None (admin boundaries only)</source>
        <translation>&amp;Aucun (limites administratives seules)</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="31"/>
        <source>Offline tiles from an &amp;MBTiles file…</source>
        <translation>Tuiles hors ligne d’un fichier &amp;MBTiles…</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="32"/>
        <source>Offline tiles from a z/x/y &amp;folder…</source>
        <translation>Tuiles hors ligne d’un &amp;dossier z/x/y…</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="33"/>
        <source>&amp;OpenStreetMap (online, cached)</source>
        <translation>&amp;OpenStreetMap (en ligne, mis en cache)</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="53"/>
        <source>Cannot use these tiles</source>
        <translation>Impossible d’utiliser ces tuiles</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="60"/>
        <source>Offline tiles</source>
        <translation>Tuiles hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="61"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="68"/>
        <source>Folder of z/x/y tiles</source>
        <translation>Dossier de tuiles z/x/y</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="80"/>
        <source>Use online map tiles?</source>
        <translation>Utiliser des tuiles de carte en ligne ?</translation>
    </message>
    <message>
        <location filename="../../desktop/basemap_menu.py" line="81"/>
        <source>OpenStreetMap tiles are downloaded from the internet as you look at the map, and kept for offline use. Nothing about your services is sent. Switch them on?</source>
        <translation>Les tuiles OpenStreetMap sont téléchargées depuis Internet au fil de la consultation de la carte, et conservées pour une utilisation hors ligne. Aucune information sur vos services n’est envoyée. Les activer ?</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../desktop/edit_actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="36"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="38"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="38"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="42"/>
        <source>&amp;Edit service…</source>
        <translation>&amp;Modifier le service…</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="43"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="43"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="44"/>
        <source>&amp;Delete service</source>
        <translation>&amp;Supprimer le service</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="46"/>
        <source>Show deleted / &amp;Restore…</source>
        <translation>Afficher les supprimés / Res&amp;taurer…</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="47"/>
        <source>Mark &amp;verified…</source>
        <translation>Marquer comme &amp;vérifié…</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="49"/>
        <source>Your &amp;name in the audit…</source>
        <translation>Votre &amp;nom dans le journal d’audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="75"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="76"/>
        <source>Edits are recorded in the project&apos;s audit under this name:</source>
        <translation>Les modifications sont enregistrées dans le journal d’audit du projet sous ce nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="110"/>
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="113"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="136"/>
        <source>This column is edited in the service editor (Enter or F2).</source>
        <translation>Cette colonne se modifie dans l’éditeur de service (Entrée ou F2).</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="167"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="167"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="167"/>
        <source>E-mail or message</source>
        <translation>E-mail ou message</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="167"/>
        <source>Partner&apos;s update</source>
        <translation>Mise à jour du partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="169"/>
        <source>Mark verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="170"/>
        <source>“%1” was checked today. How?</source>
        <translation>« %1 » a été vérifié aujourd’hui. Comment ?</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="181"/>
        <source>Mark “%1” verified</source>
        <translation>Marquer « %1 » comme vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="194"/>
        <location filename="../../desktop/edit_actions.py" line="198"/>
        <source>Deleted services</source>
        <translation>Services supprimés</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="194"/>
        <source>No service has been deleted.</source>
        <translation>Aucun service n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/edit_actions.py" line="198"/>
        <source>Restore this service:</source>
        <translation>Restaurer ce service :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="59"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>ServiceMap a rencontré un problème inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="61"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>Votre fichier de projet ne risque rien&#xa0;: chaque modification est enregistrée dès qu’elle est faite. Les détails se trouvent dans %1&#xa0;; envoyez ce fichier à la personne qui vous assiste pour ServiceMap.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="68"/>
        <source>ServiceMap</source>
        <translation>ServiceMap</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="57"/>
        <location filename="../../desktop/import_wizard.py" line="71"/>
        <source>Choose the service list</source>
        <translation>Choisir la liste des services</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="58"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>Un classeur Excel (.xlsx, .xlsm, .xls), une feuille OpenDocument (.ods) ou un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="61"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="72"/>
        <source>Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</source>
        <translation>Listes de services (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="41"/>
        <source>default of the type, e.g. 10km or 60min</source>
        <translation>valeur par défaut du type, ex. 10km ou 60min</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="44"/>
        <source>COD-PS table (.csv/.xlsx) or raster (.tif)</source>
        <translation>Tableau COD-PS (.csv/.xlsx) ou raster (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="45"/>
        <location filename="../../desktop/analysis_panel.py" line="49"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="48"/>
        <source>optional: road lines, for travel time</source>
        <translation>facultatif : tracés des routes, pour le temps de trajet</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="51"/>
        <source>Limit each service to its capacity</source>
        <translation>Limiter chaque service à sa capacité</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="52"/>
        <source>Find gaps</source>
        <translation>Trouver les lacunes</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="54"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="69"/>
        <source>Greedy (fast)</source>
        <translation>Glouton (rapide)</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="70"/>
        <source>Exact (MCLP)</source>
        <translation>Exact (MCLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="72"/>
        <source>among grid cells</source>
        <translation>parmi les cellules de la grille</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="73"/>
        <source>at area centres</source>
        <translation>aux centres des zones</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="74"/>
        <source>Suggest sites</source>
        <translation>Proposer des sites</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="91"/>
        <source>Gaps by area</source>
        <translation>Lacunes par zone</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="92"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="93"/>
        <source>Suggested sites</source>
        <translation>Sites proposés</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="99"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="100"/>
        <source>Within</source>
        <translation>Dans un rayon de</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="101"/>
        <source>Admin level</source>
        <translation>Niveau administratif</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="105"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="109"/>
        <source>Roads</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="116"/>
        <source>New sites</source>
        <translation>Nouveaux sites</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="154"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="168"/>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="180"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="199"/>
        <source>Gap analysis</source>
        <translation>Analyse des lacunes</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="199"/>
        <source>The analysis failed: %s</source>
        <translation>L’analyse a échoué : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="207"/>
        <source>%s in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>%s concernés : %s — couverts : %s (%s %%) — au-delà de %s : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="219"/>
        <source>No site would cover anyone new.</source>
        <translation>Aucun site ne couvrirait de nouvelles personnes.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="249"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="253"/>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="279"/>
        <source>Imported. The project has been updated.</source>
        <translation>Import terminé. Le projet a été mis à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="285"/>
        <source>The import failed: {0}</source>
        <translation>L’import a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="291"/>
        <source>Cancelled. Nothing was written to the project.</source>
        <translation>Annulé. Rien n’a été écrit dans le projet.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="104"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="109"/>
        <source>Search the messages…</source>
        <translation>Rechercher dans les messages…</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="111"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="136"/>
        <source>
Skipped sheet &apos;{0}&apos;: {1}</source>
        <translation>
Feuille ignorée « {0} » : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="141"/>
        <source>Export the import report</source>
        <translation>Exporter le rapport d’import</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="142"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="304"/>
        <source>Import a service list</source>
        <translation>Importer une liste de services</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="342"/>
        <location filename="../../desktop/import_wizard.py" line="376"/>
        <source>Cannot import this file</source>
        <translation>Impossible d’importer ce fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="381"/>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="63"/>
        <location filename="../../desktop/main_window.py" line="64"/>
        <source>Drawing the map…</source>
        <extracomment>Sent with the newly opened project, or None when it is closed.</extracomment>
        <translation>Tracé de la carte…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="85"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="87"/>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="90"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="93"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="101"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Zoomer la carte sur la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="103"/>
        <source>Zoom map to &amp;all services</source>
        <translation>Zoomer la carte sur &amp;tous les services</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="110"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;À propos de ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="132"/>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="146"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="146"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>Projets ServiceMap (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="157"/>
        <source>Project not found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="158"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File ▸ Open project… from its new place.</source>
        <translation>%1&#xa0;: le fichier n’est plus là. Il a été déplacé, renommé ou supprimé&#xa0;; ouvrez-le depuis son nouvel emplacement avec Fichier ▸ Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1&#xa0;: %2. Vérifiez le fichier et ses autorisations.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="260"/>
        <source>No project open. Open one with File ▸ Open project…</source>
        <translation>Aucun projet ouvert. Ouvrez-en un avec Fichier ▸ Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="268"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %2 services sur %3 sites, %4 sur la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="272"/>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="309"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>Le service cliqué sur la carte est masqué par la recherche ou par le filtre de type.</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_panel.py" line="261"/>
        <source>Coverage gaps</source>
        <translation>Lacunes de couverture</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map_view.py" line="215"/>
        <source>The map could not be drawn: %1</source>
        <translation>Impossible de tracer la carte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="221"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>Impossible de charger la page de la carte depuis %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="231"/>
        <source>The map page did not finish drawing.</source>
        <translation>La page de la carte n’a pas fini de s’afficher.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="149"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="149"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="150"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="150"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="151"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="156"/>
        <source>What each column holds</source>
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="157"/>
        <source>Check the fields ServiceMap chose; change any that are wrong. The mapping is remembered for the next file with the same columns.</source>
        <translation>Vérifiez les champs choisis par ServiceMap ; corrigez ceux qui sont faux. La correspondance est mémorisée pour le prochain fichier ayant les mêmes colonnes.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="37"/>
        <source>Merge another list</source>
        <translation>Fusionner une autre liste</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="40"/>
        <source>Choose a project or list…</source>
        <translation>Choisir un projet ou une liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="42"/>
        <source>Choose another ServiceMap project (.gpkg) or a partner&apos;s list to merge into this project.</source>
        <translation>Choisissez un autre projet ServiceMap (.gpkg) ou la liste d’un partenaire à fusionner dans ce projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="46"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="46"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="46"/>
        <location filename="../../desktop/merge_dialog.py" line="107"/>
        <source>Ours</source>
        <translation>Notre valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="47"/>
        <location filename="../../desktop/merge_dialog.py" line="107"/>
        <source>Theirs</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="47"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="53"/>
        <source>Keep all ours</source>
        <translation>Garder toutes nos valeurs</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="54"/>
        <source>Take all theirs</source>
        <translation>Prendre toutes leurs valeurs</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="58"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="74"/>
        <source>Choose the project or list to merge</source>
        <translation>Choisir le projet ou la liste à fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="82"/>
        <source>Reading and matching %1…</source>
        <translation>Lecture et rapprochement de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="90"/>
        <source>%1: %2 new services, %3 matched, %4 values to fill in, %5 conflicts. Choose which value to keep for each conflict.</source>
        <translation>%1 : %2 nouveaux services, %3 rapprochés, %4 valeurs à compléter, %5 conflits. Choisissez la valeur à conserver pour chaque conflit.</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="95"/>
        <source>%1 services will become confidential, as the partner marks them.</source>
        <translation>%1 services deviendront confidentiels, comme le partenaire les a marqués.</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="114"/>
        <source>The merge failed: %1</source>
        <translation>La fusion a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="141"/>
        <source>Merged. Choose another project or list to merge more.</source>
        <translation>Fusion terminée. Choisissez un autre projet ou une autre liste pour continuer la fusion.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/panels.py" line="33"/>
        <source>&amp;Import a service list…</source>
        <translation>&amp;Importer une liste de services…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="34"/>
        <source>Referral &amp;pathways…</source>
        <translation>&amp;Circuits de référencement…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="35"/>
        <source>Coverage &amp;gaps…</source>
        <translation>&amp;Lacunes de couverture…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="36"/>
        <source>&amp;Review locations…</source>
        <translation>&amp;Vérifier les localisations…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="37"/>
        <source>&amp;Merge another list…</source>
        <translation>&amp;Fusionner une autre liste…</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="54"/>
        <location filename="../../desktop/pathway_panel.py" line="222"/>
        <source>Referral pathways</source>
        <extracomment>Areas drawn in the preview; printing and export take every chosen area.</extracomment>
        <translation>Circuits de référencement</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="63"/>
        <source>Filter areas…</source>
        <translation>Filtrer les zones…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="78"/>
        <source>Save steps</source>
        <translation>Enregistrer les étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="80"/>
        <source>Reset to default</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="82"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="84"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="92"/>
        <source>Admin level</source>
        <translation>Niveau administratif</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="93"/>
        <source>Concern</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="93"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="94"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="205"/>
        <source>Tick one or more areas to see their pathway.</source>
        <translation>Cochez une ou plusieurs zones pour voir leur circuit.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="217"/>
        <source>%1 area(s) shown; %2 services not verified recently are marked.</source>
        <translation>%1 zone(s) affichée(s) ; les %2 services non vérifiés récemment sont signalés.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="230"/>
        <source>Steps saved in the project.</source>
        <translation>Étapes enregistrées dans le projet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="244"/>
        <location filename="../../desktop/pathway_panel.py" line="253"/>
        <source>Export pathways</source>
        <translation>Exporter les circuits</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="253"/>
        <source>Tick the areas to export first.</source>
        <translation>Cochez d’abord les zones à exporter.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel.py" line="277"/>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="87"/>
        <source>The table ServiceMap found</source>
        <translation>Le tableau trouvé par ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="140"/>
        <source>This sheet will be skipped: {0}</source>
        <translation>Cette feuille sera ignorée : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="142"/>
        <source>, HXL tags on row {0}</source>
        <translation>, balises HXL à la ligne {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="143"/>
        <source>Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.</source>
        <translation>En-tête à la ligne {0}{1} ; services à partir de la ligne {2}. Bleu : en-tête, gris : balises, vert : données.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="213"/>
        <source>Rows to look at</source>
        <translation>Lignes à examiner</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="214"/>
        <source>Every row that will not be imported as it is, and why. Nothing is written yet.</source>
        <translation>Chaque ligne qui ne sera pas importée telle quelle, et pourquoi. Rien n’est encore écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="219"/>
        <source>Not confidential</source>
        <translation>Non confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="220"/>
        <source>The selected rows were marked confidential because of their words (&quot;safe house&quot;); import them as ordinary services instead</source>
        <translation>Les lignes sélectionnées ont été marquées confidentielles à cause de leurs mots (« maison sûre ») ; les importer plutôt comme services ordinaires</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="30"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="30"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard_report.py" line="31"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../desktop/review_queue.py" line="45"/>
        <source>Review locations</source>
        <translation>Vérifier les localisations</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="67"/>
        <source>Run the geocoder</source>
        <translation>Lancer le géocodage</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="69"/>
        <source>Accept all ≥</source>
        <translation>Tout accepter ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="76"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="76"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="76"/>
        <source>As typed</source>
        <translation>Tel que saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="76"/>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="76"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="89"/>
        <source>Accept (Enter)</source>
        <translation>Accepter (Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="89"/>
        <source>Reject (Del)</source>
        <translation>Rejeter (Suppr)</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="90"/>
        <source>Place on the map (P)</source>
        <translation>Placer sur la carte (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="90"/>
        <source>Skip (S)</source>
        <translation>Passer (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="152"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review_queue.py" line="159"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>%n site à vérifier</numerusform>
            <numerusform>%n sites à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="167"/>
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="167"/>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review_queue.py" line="182"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="183"/>
        <source>As typed: %1</source>
        <translation>Tel que saisi : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="185"/>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="200"/>
        <source>now</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="264"/>
        <source>Click on the map where the site is.</source>
        <translation>Cliquez sur la carte à l’emplacement du site.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review_queue.py" line="283"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>%n localisation acceptée.</numerusform>
            <numerusform>%n localisations acceptées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="296"/>
        <source>Placed %1 sites.</source>
        <translation>%1 sites localisés.</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="301"/>
        <source>Geocoding failed</source>
        <translation>Échec du géocodage</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/service_editor.py" line="42"/>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="63"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="63"/>
        <source>Women and girls</source>
        <translation>Femmes et filles</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="64"/>
        <source>Men and boys</source>
        <translation>Hommes et garçons</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="71"/>
        <source>Bangla, English, Chakma … or bn, en, ccp</source>
        <translation>bengali, anglais, chakma … ou bn, en, ccp</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="78"/>
        <source>Confidential (a safe house: never shown at its point)</source>
        <translation>Confidentiel (maison sûre : jamais affichée à son emplacement)</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="86"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="88"/>
        <location filename="../../desktop/service_editor.py" line="103"/>
        <location filename="../../desktop/service_editor.py" line="106"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="89"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="90"/>
        <source>Service types</source>
        <translation>Types de service</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="91"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="92"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="93"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="94"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="95"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="96"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="97"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="98"/>
        <source>Referral method</source>
        <translation>Mode de référencement</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="99"/>
        <source>Intake criteria</source>
        <translation>Critères d’admission</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="102"/>
        <source>Organisation (renaming it renames it for all its services)</source>
        <translation>Organisation (la renommer la renomme pour tous ses services)</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="104"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="107"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="108"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../desktop/service_editor.py" line="109"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/services_panel.py" line="43"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>Rechercher services, organisations, lieux, téléphones…</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="48"/>
        <source>Show only one type of service</source>
        <translation>Afficher un seul type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="52"/>
        <source>Not verified in 6 months</source>
        <translation>Non vérifiés depuis 6 mois</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="53"/>
        <source>Show only services never verified, or not verified in the last 6 months</source>
        <translation>Afficher uniquement les services jamais vérifiés ou non vérifiés au cours des 6 derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="100"/>
        <source>All service types</source>
        <translation>Tous les types de service</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="50"/>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="50"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="51"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="51"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="52"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="52"/>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="53"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="71"/>
        <source>%1 and over</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="73"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="183"/>
        <source>Confidential</source>
        <extracomment>A cell edit was refused; the message says why (shown in the status bar). Columns edited in place, through ``cell_editor``. Saves one cell: ``(listing, column, text) -&gt; problem`` (&quot;&quot; when saved). None: read-only.</extracomment>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="184"/>
        <source>Placed</source>
        <translation>Localisé</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="184"/>
        <source>Not placed</source>
        <translation>Non localisé</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="35"/>
        <source>Drag the steps into the order they are followed</source>
        <translation>Faites glisser les étapes dans l’ordre où elles sont suivies</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="39"/>
        <source>The translation file&apos;s title</source>
        <translation>Titre du fichier de traduction</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="42"/>
        <source>The translation file&apos;s note</source>
        <translation>Note du fichier de traduction</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="47"/>
        <source>Drag to change the order; untick to leave a service off this step</source>
        <translation>Faites glisser pour changer l’ordre ; décochez pour retirer un service de cette étape</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="52"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="53"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="56"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/pathway_panel_steps.py" line="59"/>
        <source>Services of this step, for the first area chosen</source>
        <translation>Services de cette étape, pour la première zone choisie</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/undo.py" line="57"/>
        <source>Redo: %1</source>
        <extracomment>Told the reason when an undo or redo could not be written.</extracomment>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="60"/>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="79"/>
        <source>Edit service “%1”</source>
        <translation>Modifier le service « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="102"/>
        <source>Restore service “%1”</source>
        <translation>Restaurer le service « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="104"/>
        <source>Delete service “%1”</source>
        <translation>Supprimer le service « %1 »</translation>
    </message>
</context>
</TS>
