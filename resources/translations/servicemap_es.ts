<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/window/about.py" line="15"/>
        <source>development version</source>
        <translation>versión de desarrollo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>Un directorio, mapas, brechas de cobertura y rutas de derivación imprimibles para los servicios de protección de la infancia y de VBG.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>ServiceMap funciona sin conexión. Solo se conecta a internet cuando usted activa una función en línea, como los mosaicos de mapa en línea o la geocodificación en línea.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="26"/>
        <source>Data credits</source>
        <translation>Fuentes de los datos</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>Límites administrativos: conjuntos de datos operativos comunes de OCHA (COD-AB); para Bangladesh, elaborados por la Oficina de Estadística de Bangladesh (BBS), con licencia CC BY-IGO 3.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>Nombres de lugares e información de países: GeoNames, con licencia CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>Acerca de ServiceMap</translation>
    </message>
</context>
<context>
    <name>BasemapMenu</name>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="27"/>
        <source>&amp;Basemap</source>
        <translation>&amp;Mapa base</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="30"/>
        <source>&amp;None (admin boundaries only)</source>
        <translation>&amp;Ninguno (solo límites administrativos)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="31"/>
        <source>Offline tiles from an &amp;MBTiles file…</source>
        <translation>Teselas sin conexión de un archivo &amp;MBTiles…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="32"/>
        <source>Offline tiles from a z/x/y &amp;folder…</source>
        <translation>Teselas sin conexión de una &amp;carpeta z/x/y…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="33"/>
        <source>&amp;OpenStreetMap (online, cached)</source>
        <translation>&amp;OpenStreetMap (en línea, en caché)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="53"/>
        <source>Cannot use these tiles</source>
        <translation>No se pueden usar estas teselas</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="60"/>
        <source>Offline tiles</source>
        <translation>Teselas sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="61"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="68"/>
        <source>Folder of z/x/y tiles</source>
        <translation>Carpeta de teselas z/x/y</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="80"/>
        <source>Use online map tiles?</source>
        <translation>¿Usar teselas de mapa en línea?</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="81"/>
        <source>OpenStreetMap tiles are downloaded from the internet as you look at the map, and kept for offline use. Nothing about your services is sent. Switch them on?</source>
        <translation>Las teselas de OpenStreetMap se descargan de internet a medida que mira el mapa y se guardan para usarlas sin conexión. No se envía nada sobre sus servicios. ¿Activarlas?</translation>
    </message>
</context>
<context>
    <name>DateOrderBox</name>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="23"/>
        <source>day first (8 September 2026)</source>
        <translation>día primero (8 de septiembre de 2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="24"/>
        <source>month first (9 August 2026)</source>
        <translation>mes primero (9 de agosto de 2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="27"/>
        <source>Use this order for every import into this project</source>
        <translation>Usar este orden en todas las importaciones de este proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="31"/>
        <source>Dates such as 08/09/2026 are</source>
        <translation>Las fechas como 08/09/2026 se leen</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="36"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Editar el servicio…</translation>
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
        <translation>E&amp;liminar el servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="46"/>
        <source>Show deleted / &amp;Restore…</source>
        <translation>Mostrar eliminados / Res&amp;taurar…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="47"/>
        <source>Mark &amp;verified…</source>
        <translation>Marcar como &amp;verificado…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="49"/>
        <source>Your &amp;name in the audit…</source>
        <translation>Su &amp;nombre en la auditoría…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="75"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="76"/>
        <source>Edits are recorded in the project&apos;s audit under this name:</source>
        <translation>Los cambios se registran en la auditoría del proyecto con este nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="110"/>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="113"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="136"/>
        <source>This column is edited in the service editor (Enter or F2).</source>
        <translation>Esta columna se edita en el editor de servicios (Intro o F2).</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>E-mail or message</source>
        <translation>Correo electrónico o mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>Partner&apos;s update</source>
        <translation>Actualización del socio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="169"/>
        <source>Mark verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="170"/>
        <source>“%1” was checked today. How?</source>
        <translation>«%1» se comprobó hoy. ¿Cómo?</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="181"/>
        <source>Mark “%1” verified</source>
        <translation>Marcar «%1» como verificado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="194"/>
        <location filename="../../desktop/curation/edit_actions.py" line="198"/>
        <source>Deleted services</source>
        <translation>Servicios eliminados</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="194"/>
        <source>No service has been deleted.</source>
        <translation>No se ha eliminado ningún servicio.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="198"/>
        <source>Restore this service:</source>
        <translation>Restaurar este servicio:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="59"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>ServiceMap encontró un problema inesperado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="61"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>Su archivo de proyecto está a salvo: cada cambio se guarda en el momento en que se hace. Los detalles están en %1; envíe ese archivo a quien le dé soporte con ServiceMap.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="68"/>
        <source>ServiceMap</source>
        <translation>ServiceMap</translation>
    </message>
    <message>
        <source>Help ▸ Check this installation… shows whether this computer lacks something ServiceMap needs.</source>
        <translation>Ayuda ▸ Comprobar esta instalación… muestra si a este equipo le falta algo que ServiceMap necesita.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="64"/>
        <location filename="../../desktop/importing/wizard.py" line="78"/>
        <source>Choose the service list</source>
        <translation>Elegir la lista de servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="65"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>Un libro de Excel (.xlsx, .xlsm, .xls), una hoja OpenDocument (.ods) o un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="68"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="79"/>
        <source>Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</source>
        <translation>Listas de servicios (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</translation>
    </message>
</context>
<context>
    <name>GapExport</name>
    <message>
        <location filename="../../desktop/coverage/export.py" line="42"/>
        <location filename="../../desktop/coverage/export.py" line="49"/>
        <location filename="../../desktop/coverage/export.py" line="51"/>
        <source>Export the gap analysis</source>
        <translation>Exportar el análisis de brechas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)</source>
        <translation>Libro de Excel (*.xlsx);;Tabla CSV (*.csv);;GeoPackage para QGIS (*.gpkg);;Ráster de distancia o tiempo de viaje (*.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="52"/>
        <source>Could not write %s: %s. Choose another place.</source>
        <translation>No se pudo escribir %s: %s. Elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>GapInputs</name>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="34"/>
        <source>COD-PS table (.csv/.xlsx) or raster (.tif)</source>
        <translation>Tabla COD-PS (.csv/.xlsx) o ráster (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="37"/>
        <source>optional: a population raster (.tif) that places a table&apos;s people</source>
        <translation>opcional: un ráster de población (.tif) que sitúa a las personas de la tabla</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="40"/>
        <source>optional: road lines or an OpenStreetMap .osm.pbf, for travel time</source>
        <translation>opcional: líneas de carreteras o un extracto OpenStreetMap .osm.pbf, para el tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="42"/>
        <source>optional: land-cover raster (.tif), for travel time</source>
        <translation>opcional: ráster de cobertura del suelo (.tif), para el tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="50"/>
        <source>Off-road walking speed where no land cover says otherwise; changing it measures travel time</source>
        <translation>Velocidad a pie fuera de las carreteras donde la cobertura del suelo no indica otra; cambiarla mide el tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="52"/>
        <source>Limit each service to its capacity</source>
        <translation>Limitar cada servicio a su capacidad</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="56"/>
        <source>Admin level</source>
        <translation>Nivel administrativo</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="57"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="58"/>
        <source>Spread by</source>
        <translation>Repartir según</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="59"/>
        <source>Roads</source>
        <translation>Carreteras</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="60"/>
        <source>Walking</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="62"/>
        <source>Land cover</source>
        <translation>Cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="69"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="77"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="62"/>
        <source>Find gaps</source>
        <extracomment>The type ticked when a project opens.</extracomment>
        <translation>Buscar brechas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="76"/>
        <source>Greedy (fast)</source>
        <translation>Voraz (rápido)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="77"/>
        <source>Exact (MCLP)</source>
        <translation>Exacto (MCLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="79"/>
        <source>among grid cells</source>
        <translation>entre las celdas de la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="80"/>
        <source>at area centres</source>
        <translation>en los centros de las áreas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="81"/>
        <source>Suggest sites</source>
        <translation>Sugerir sitios</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="84"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="85"/>
        <source>Save the type shown: its table (.xlsx, .csv), a GeoPackage with areas, catchments and bands, or its raster (.tif)</source>
        <translation>Guardar el tipo mostrado: su tabla (.xlsx, .csv), un GeoPackage con áreas, zonas de cobertura y franjas, o su ráster (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="179"/>
        <source>Tick at least one service type.</source>
        <translation>Marque al menos un tipo de servicio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="189"/>
        <source>Done: %n service type(s) analysed.</source>
        <translation>
            <numerusform>Listo: %n tipo de servicio analizado.</numerusform>
            <numerusform>Listo: %n tipos de servicio analizados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="192"/>
        <source>Analysing %1 (%2 of %3)…</source>
        <translation>Analizando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="202"/>
        <source>Suggesting sites for %s…</source>
        <translation>Proponiendo sitios para %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="212"/>
        <source>Saved %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="221"/>
        <source>Cancelled. %1 of %2 service type(s) done; the results so far are kept.</source>
        <translation>Cancelado. %1 de %2 tipo(s) de servicio terminados; se conservan los resultados obtenidos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="263"/>
        <source>Suggested %n site(s): numbered on the map, listed under “Suggested sites”.</source>
        <translation>
            <numerusform>%n sitio propuesto: numerado en el mapa, en la lista «Sitios propuestos».</numerusform>
            <numerusform>%n sitios propuestos: numerados en el mapa, en la lista «Sitios propuestos».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="108"/>
        <source>New sites</source>
        <translation>Sitios nuevos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="223"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="254"/>
        <source>Gap analysis</source>
        <translation>Análisis de brechas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="254"/>
        <source>The analysis failed: %s</source>
        <translation>El análisis falló: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="265"/>
        <source>No site would cover anyone new.</source>
        <translation>Ningún sitio cubriría a nadie más.</translation>
    </message>
</context>
<context>
    <name>GapResults</name>
    <message>
        <location filename="../../desktop/coverage/results.py" line="38"/>
        <source>% of {kind} within {within}</source>
        <translation>% de {kind} a {within} o menos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="39"/>
        <source>{Kind} beyond {within}</source>
        <translation>{Kind} más allá de {within}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="40"/>
        <source>Distance to the nearest service</source>
        <translation>Distancia al servicio más cercano</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="41"/>
        <source>Travel time to the nearest service</source>
        <translation>Tiempo de viaje al servicio más cercano</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="42"/>
        <source>no population</source>
        <translation>sin población</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="43"/>
        <source>covered</source>
        <translation>cubiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="44"/>
        <source>beyond the threshold</source>
        <translation>más allá del umbral</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="45"/>
        <source>rank</source>
        <translation>puesto</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="46"/>
        <source>Services of this type (confidential ones are not shown)</source>
        <translation>Servicios de este tipo (no se muestran los confidenciales)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="47"/>
        <source>Suggested site</source>
        <translation>Sitio propuesto</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="48"/>
        <source>adds</source>
        <translation>añade</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="94"/>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>% covered</source>
        <translation>% cubiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="95"/>
        <location filename="../../desktop/coverage/results.py" line="201"/>
        <source>Children out of reach</source>
        <translation>Niños fuera de alcance</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="101"/>
        <source>Distance / travel-time bands</source>
        <translation>Franjas de distancia / tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>Within</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>In scope</source>
        <translation>En el ámbito</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>Covered</source>
        <translation>Cubiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="109"/>
        <source>Beyond</source>
        <translation>Más allá</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="130"/>
        <source>Gaps and map</source>
        <translation>Brechas y mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="131"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="132"/>
        <source>Suggested sites</source>
        <translation>Sitios propuestos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="133"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="139"/>
        <source>Showing</source>
        <translation>Mostrando</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="142"/>
        <source>Colour areas by</source>
        <translation>Colorear las áreas por</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="198"/>
        <source>Children in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>Niños en el ámbito: %s — cubiertos: %s (%s %%) — más allá de %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="199"/>
        <source>People in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>Personas en el ámbito: %s — cubiertas: %s (%s %%) — más allá de %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="201"/>
        <source>People out of reach</source>
        <translation>Personas fuera de alcance</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Travel-time bands</source>
        <translation>Franjas de tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Distance bands</source>
        <translation>Franjas de distancia</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="207"/>
        <source>adds %s %s (total %s)</source>
        <translation>añade %s %s (total %s)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/importing/history.py" line="41"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="41"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="42"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="48"/>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="97"/>
        <source>Open a project to see the imports made into it.</source>
        <translation>Abra un proyecto para ver las importaciones hechas en él.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="102"/>
        <source>No imports recorded in this project yet.</source>
        <translation>Todavía no hay importaciones registradas en este proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="103"/>
        <source>One import recorded in this project. Choose it to see its report.</source>
        <translation>Una importación registrada en este proyecto. Elíjala para ver su informe.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="104"/>
        <source>{0} imports recorded in this project. Choose one to see its report.</source>
        <translation>{0} importaciones registradas en este proyecto. Elija una para ver su informe.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="264"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="268"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="294"/>
        <source>Imported. The project has been updated.</source>
        <translation>Importación terminada. El proyecto se ha actualizado.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="300"/>
        <source>The import failed: {0}</source>
        <translation>La importación falló: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="306"/>
        <source>Cancelled. Nothing was written to the project.</source>
        <translation>Cancelado. No se escribió nada en el proyecto.</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="32"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Columns it reads</source>
        <translation>Columnas que lee</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="39"/>
        <location filename="../../desktop/importing/profiles.py" line="131"/>
        <source>Saved import profiles</source>
        <translation>Perfiles de importación guardados</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="52"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="54"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="92"/>
        <source>Open a project to see its saved import profiles.</source>
        <translation>Abra un proyecto para ver sus perfiles de importación guardados.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="94"/>
        <source>No import profiles saved yet. One is saved for each sheet layout you import.</source>
        <translation>Todavía no hay perfiles de importación guardados. Se guarda uno por cada disposición de hoja que importe.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="96"/>
        <source>A profile is applied by itself to the next file whose columns are laid out the same way. Delete one to have ServiceMap guess the columns again.</source>
        <translation>Un perfil se aplica solo al siguiente archivo cuyas columnas tengan la misma disposición. Elimínelo para que ServiceMap vuelva a adivinar las columnas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="138"/>
        <source>Rename the profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="138"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="147"/>
        <source>Delete the profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="148"/>
        <source>Delete the profile &apos;{0}&apos;? The next file with this layout will have its columns guessed again.</source>
        <translation>¿Eliminar el perfil «{0}»? Las columnas del próximo archivo con esta disposición se volverán a adivinar.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="104"/>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="109"/>
        <source>Search the messages…</source>
        <translation>Buscar en los mensajes…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="111"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="136"/>
        <source>
Skipped sheet &apos;{0}&apos;: {1}</source>
        <translation>
Hoja omitida «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="141"/>
        <source>Export the import report</source>
        <translation>Exportar el informe de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="142"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Libro de Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="319"/>
        <source>Import a service list</source>
        <translation>Importar una lista de servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="354"/>
        <location filename="../../desktop/importing/wizard.py" line="393"/>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="368"/>
        <source>chosen for this project</source>
        <translation>elegido para este proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="369"/>
        <source>usual in {0}</source>
        <translation>habitual en {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="398"/>
        <location filename="../../desktop/importing/wizard.py" line="410"/>
        <source>Open or create a project first.</source>
        <translation>Abra o cree primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="410"/>
        <source>Saved import profiles</source>
        <translation>Perfiles de importación guardados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="63"/>
        <location filename="../../desktop/window/main_window.py" line="64"/>
        <source>Drawing the map…</source>
        <extracomment>Sent with the newly opened project, or None when it is closed.</extracomment>
        <translation>Dibujando el mapa…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="85"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="87"/>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="90"/>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="93"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="101"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Ajustar el mapa a la selección</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="103"/>
        <source>Zoom map to &amp;all services</source>
        <translation>Ajustar el mapa a &amp;todos los servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="110"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="118"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="119"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;Acerca de ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="132"/>
        <source>Clear the list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="146"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="146"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>Proyectos de ServiceMap (*.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="157"/>
        <source>Project not found</source>
        <translation>No se encuentra el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="158"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File ▸ Open project… from its new place.</source>
        <translation>%1: el archivo ya no está ahí. Se movió, se renombró o se eliminó; ábralo desde su nueva ubicación con Archivo ▸ Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="175"/>
        <location filename="../../desktop/window/main_window.py" line="180"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="181"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2. Compruebe el archivo y sus permisos.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="260"/>
        <source>No project open. Open one with File ▸ Open project…</source>
        <translation>No hay ningún proyecto abierto. Abra uno con Archivo ▸ Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="268"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %2 servicios en %3 sitios, %4 en el mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="272"/>
        <source>country %1</source>
        <translation>país %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="309"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>El servicio en el que hizo clic en el mapa está oculto por la búsqueda o por el filtro de tipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="288"/>
        <source>Coverage gaps</source>
        <translation>Brechas de cobertura</translation>
    </message>
    <message>
        <source>&amp;Check this installation…</source>
        <translation>&amp;Comprobar esta instalación…</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map/view.py" line="215"/>
        <source>The map could not be drawn: %1</source>
        <translation>No se pudo dibujar el mapa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="221"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>No se pudo cargar la página del mapa desde %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="231"/>
        <source>The map page did not finish drawing.</source>
        <translation>La página del mapa no terminó de dibujarse.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="158"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="163"/>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="164"/>
        <source>Check the fields ServiceMap chose; change any that are wrong. The mapping is remembered for the next file with the same columns.</source>
        <translation>Compruebe los campos que eligió ServiceMap y cambie los que estén mal. La correspondencia se recuerda para el próximo archivo con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="173"/>
        <source>Saved profiles…</source>
        <translation>Perfiles guardados…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="174"/>
        <source>See, rename or delete the column mappings ServiceMap remembers</source>
        <translation>Ver, renombrar o eliminar las correspondencias de columnas que ServiceMap recuerda</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="37"/>
        <source>Merge another list</source>
        <translation>Fusionar otra lista</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="40"/>
        <source>Choose a project or list…</source>
        <translation>Elegir un proyecto o una lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="42"/>
        <source>Choose another ServiceMap project (.gpkg) or a partner&apos;s list to merge into this project.</source>
        <translation>Elija otro proyecto de ServiceMap (.gpkg) o la lista de un socio para fusionarla con este proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="107"/>
        <source>Ours</source>
        <translation>Nuestro valor</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="47"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="107"/>
        <source>Theirs</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="47"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="53"/>
        <source>Keep all ours</source>
        <translation>Conservar todos nuestros valores</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="54"/>
        <source>Take all theirs</source>
        <translation>Tomar todos sus valores</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="58"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="74"/>
        <source>Choose the project or list to merge</source>
        <translation>Elegir el proyecto o la lista que fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="82"/>
        <source>Reading and matching %1…</source>
        <translation>Leyendo y emparejando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="90"/>
        <source>%1: %2 new services, %3 matched, %4 values to fill in, %5 conflicts. Choose which value to keep for each conflict.</source>
        <translation>%1: %2 servicios nuevos, %3 emparejados, %4 valores por completar, %5 conflictos. Elija qué valor conservar en cada conflicto.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="95"/>
        <source>%1 services will become confidential, as the partner marks them.</source>
        <translation>%1 servicios pasarán a ser confidenciales, como los marca el socio.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="114"/>
        <source>The merge failed: %1</source>
        <translation>La fusión falló: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>Merged. Choose another project or list to merge more.</source>
        <translation>Fusión hecha. Elija otro proyecto u otra lista para seguir fusionando.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/window/panels.py" line="33"/>
        <source>&amp;Import a service list…</source>
        <translation>&amp;Importar una lista de servicios…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="34"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="35"/>
        <source>Saved import pro&amp;files…</source>
        <translation>Per&amp;files de importación guardados…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="36"/>
        <source>Referral &amp;pathways…</source>
        <translation>&amp;Rutas de derivación…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="37"/>
        <source>Coverage &amp;gaps…</source>
        <translation>&amp;Brechas de cobertura…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="38"/>
        <source>&amp;Review locations…</source>
        <translation>Re&amp;visar ubicaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="39"/>
        <source>&amp;Merge another list…</source>
        <translation>&amp;Fusionar otra lista…</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="54"/>
        <location filename="../../desktop/pathways/panel.py" line="222"/>
        <source>Referral pathways</source>
        <extracomment>Areas drawn in the preview; printing and export take every chosen area.</extracomment>
        <translation>Rutas de derivación</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="63"/>
        <source>Filter areas…</source>
        <translation>Filtrar áreas…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="78"/>
        <source>Save steps</source>
        <translation>Guardar los pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="80"/>
        <source>Reset to default</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="82"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="84"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="92"/>
        <source>Admin level</source>
        <translation>Nivel administrativo</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="93"/>
        <source>Concern</source>
        <translation>Problemática</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="93"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="94"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="205"/>
        <source>Tick one or more areas to see their pathway.</source>
        <translation>Marque una o más áreas para ver su ruta.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="217"/>
        <source>%1 area(s) shown; %2 services not verified recently are marked.</source>
        <translation>%1 área(s) mostrada(s); se marcan los %2 servicios no verificados recientemente.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="230"/>
        <source>Steps saved in the project.</source>
        <translation>Pasos guardados en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="244"/>
        <location filename="../../desktop/pathways/panel.py" line="253"/>
        <source>Export pathways</source>
        <translation>Exportar las rutas</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="253"/>
        <source>Tick the areas to export first.</source>
        <translation>Marque primero las áreas que desea exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="277"/>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="94"/>
        <source>The table ServiceMap found</source>
        <translation>La tabla que encontró ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="147"/>
        <source>This sheet will be skipped: {0}</source>
        <translation>Esta hoja se omitirá: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="149"/>
        <source>, HXL tags on row {0}</source>
        <translation>, etiquetas HXL en la fila {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="150"/>
        <source>Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.</source>
        <translation>Encabezado en la fila {0}{1}; servicios desde la fila {2}. Azul: encabezado, gris: etiquetas, verde: datos.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="228"/>
        <source>Rows to look at</source>
        <translation>Filas por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="229"/>
        <source>Every row that will not be imported as it is, and why. Nothing is written yet.</source>
        <translation>Cada fila que no se importará tal cual, y por qué. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="234"/>
        <source>Not confidential</source>
        <translation>No confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="235"/>
        <source>The selected rows were marked confidential because of their words (&quot;safe house&quot;); import them as ordinary services instead</source>
        <translation>Las filas seleccionadas se marcaron como confidenciales por sus palabras («casa segura»); importarlas como servicios normales</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="30"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="30"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="31"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../desktop/review/queue.py" line="45"/>
        <source>Review locations</source>
        <translation>Revisar ubicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="67"/>
        <source>Run the geocoder</source>
        <translation>Ejecutar la geocodificación</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="69"/>
        <source>Accept all ≥</source>
        <translation>Aceptar todo ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>As typed</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="89"/>
        <source>Accept (Enter)</source>
        <translation>Aceptar (Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="89"/>
        <source>Reject (Del)</source>
        <translation>Rechazar (Supr)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="90"/>
        <source>Place on the map (P)</source>
        <translation>Colocar en el mapa (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="90"/>
        <source>Skip (S)</source>
        <translation>Omitir (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="152"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="159"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>%n sitio por revisar</numerusform>
            <numerusform>%n sitios por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="167"/>
        <source>Nothing to review.</source>
        <translation>Nada que revisar.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="167"/>
        <source>No project open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="182"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="183"/>
        <source>As typed: %1</source>
        <translation>Tal como se escribió: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="185"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="200"/>
        <source>now</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="264"/>
        <source>Click on the map where the site is.</source>
        <translation>Haga clic en el mapa donde está el sitio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="283"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>%n ubicación aceptada.</numerusform>
            <numerusform>%n ubicaciones aceptadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="296"/>
        <source>Placed %1 sites.</source>
        <translation>%1 sitios ubicados.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="301"/>
        <source>Geocoding failed</source>
        <translation>La geocodificación falló</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="42"/>
        <source>Edit service</source>
        <translation>Editar el servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="63"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="63"/>
        <source>Women and girls</source>
        <translation>Mujeres y niñas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="64"/>
        <source>Men and boys</source>
        <translation>Hombres y niños</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="71"/>
        <source>Bangla, English, Chakma … or bn, en, ccp</source>
        <translation>bengalí, inglés, chakma … o bn, en, ccp</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="78"/>
        <source>Confidential (a safe house: never shown at its point)</source>
        <translation>Confidencial (casa segura: nunca se muestra en su punto)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="86"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="88"/>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <location filename="../../desktop/curation/service_editor.py" line="106"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="89"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="90"/>
        <source>Service types</source>
        <translation>Tipos de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="91"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="92"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="93"/>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="94"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="95"/>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="96"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="97"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="98"/>
        <source>Referral method</source>
        <translation>Método de derivación</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="99"/>
        <source>Intake criteria</source>
        <translation>Criterios de admisión</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="102"/>
        <source>Organisation (renaming it renames it for all its services)</source>
        <translation>Organización (cambiarle el nombre lo cambia en todos sus servicios)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="104"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="107"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="108"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="109"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
</context>
<context>
    <name>ServiceTypeList</name>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Within</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="51"/>
        <source>Tick the service types to analyse. Double-click “Within” to set a threshold for one type (e.g. 5km or 45min); leave it blank for the type&apos;s default.</source>
        <translation>Marque los tipos de servicio que quiere analizar. Haga doble clic en «Dentro de» para fijar el umbral de un tipo (p. ej., 5km o 45min); déjelo vacío para usar el umbral predeterminado del tipo.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="43"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>Buscar servicios, organizaciones, lugares, teléfonos…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="48"/>
        <source>Show only one type of service</source>
        <translation>Mostrar solo un tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="54"/>
        <source>Not verified in 6 months</source>
        <translation>Sin verificar en 6 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="55"/>
        <source>Show only services never verified, or not verified in the last 6 months</source>
        <translation>Mostrar solo los servicios nunca verificados o no verificados en los últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="102"/>
        <source>All service types</source>
        <translation>Todos los tipos de servicio</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="48"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="48"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="49"/>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="49"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="50"/>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="50"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="51"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="51"/>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="71"/>
        <source>%1 and over</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="73"/>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="183"/>
        <source>Confidential</source>
        <extracomment>A cell edit was refused; the message says why (shown in the status bar). Columns edited in place, through ``cell_editor``. Saves one cell: ``(listing, column, text) -&gt; problem`` (&quot;&quot; when saved). None: read-only.</extracomment>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="184"/>
        <source>Placed</source>
        <translation>Ubicado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="184"/>
        <source>Not placed</source>
        <translation>Sin ubicar</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="35"/>
        <source>Drag the steps into the order they are followed</source>
        <translation>Arrastre los pasos en el orden en que se siguen</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="39"/>
        <source>The translation file&apos;s title</source>
        <translation>Título del archivo de traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="42"/>
        <source>The translation file&apos;s note</source>
        <translation>Nota del archivo de traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="47"/>
        <source>Drag to change the order; untick to leave a service off this step</source>
        <translation>Arrastre para cambiar el orden; desmarque para quitar un servicio de este paso</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="52"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="53"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="56"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="59"/>
        <source>Services of this step, for the first area chosen</source>
        <translation>Servicios de este paso, para la primera área elegida</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/curation/undo.py" line="57"/>
        <source>Redo: %1</source>
        <extracomment>Told the reason when an undo or redo could not be written.</extracomment>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="60"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="79"/>
        <source>Edit service “%1”</source>
        <translation>Editar el servicio «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="102"/>
        <source>Restore service “%1”</source>
        <translation>Restaurar el servicio «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="104"/>
        <source>Delete service “%1”</source>
        <translation>Eliminar el servicio «%1»</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check this installation</source>
        <translation>Comprobar esta instalación</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Checking what ServiceMap needs on this computer…</source>
        <translation>Comprobando lo que ServiceMap necesita en este equipo…</translation>
    </message>
    <message numerus="yes">
        <source>%n essential check(s) failed. What to do is written under each.</source>
        <translation>
            <numerusform>Falló %n comprobación esencial. Debajo se indica qué hacer.</numerusform>
            <numerusform>Fallaron %n comprobaciones esenciales. Debajo de cada una se indica qué hacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything ServiceMap needs is in place.</source>
        <translation>Todo lo que ServiceMap necesita está en su sitio.</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>No se pudieron hacer las comprobaciones: %1</translation>
    </message>
</context>
</TS>
