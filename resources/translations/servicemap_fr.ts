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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="55"/>
        <location filename="../../desktop/main_window.py" line="56"/>
        <source>Drawing the map…</source>
        <translation>Tracé de la carte…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="74"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="76"/>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="79"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="82"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Zoomer la carte sur la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="88"/>
        <source>Zoom map to &amp;all services</source>
        <translation>Zoomer la carte sur &amp;tous les services</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="90"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="91"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;À propos de ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="104"/>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>Projets ServiceMap (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="129"/>
        <source>Project not found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="130"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File ▸ Open project… from its new place.</source>
        <translation>%1&#xa0;: le fichier n’est plus là. Il a été déplacé, renommé ou supprimé&#xa0;; ouvrez-le depuis son nouvel emplacement avec Fichier ▸ Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="147"/>
        <location filename="../../desktop/main_window.py" line="152"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1&#xa0;: %2. Vérifiez le fichier et ses autorisations.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194"/>
        <source>No project open. Open one with File ▸ Open project…</source>
        <translation>Aucun projet ouvert. Ouvrez-en un avec Fichier ▸ Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %2 services sur %3 sites, %4 sur la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>Le service cliqué sur la carte est masqué par la recherche ou par le filtre de type.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map_view.py" line="175"/>
        <source>The map could not be drawn: %1</source>
        <translation>Impossible de tracer la carte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="181"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>Impossible de charger la page de la carte depuis %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="191"/>
        <source>The map page did not finish drawing.</source>
        <translation>La page de la carte n’a pas fini de s’afficher.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/services_panel.py" line="40"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>Rechercher services, organisations, lieux, téléphones…</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="45"/>
        <source>Show only one type of service</source>
        <translation>Afficher un seul type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="91"/>
        <source>All service types</source>
        <translation>Tous les types de service</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="50"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="68"/>
        <source>%1 and over</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="70"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="140"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Placed</source>
        <translation>Localisé</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Not placed</source>
        <translation>Non localisé</translation>
    </message>
</context>
</TS>
