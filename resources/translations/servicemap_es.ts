<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/about.py" line="15"/>
        <source>development version</source>
        <translation>versión de desarrollo</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>Un directorio, mapas, brechas de cobertura y rutas de derivación imprimibles para los servicios de protección de la infancia y de VBG.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>ServiceMap funciona sin conexión. Solo se conecta a internet cuando usted activa una función en línea, como los mosaicos de mapa en línea o la geocodificación en línea.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="26"/>
        <source>Data credits</source>
        <translation>Fuentes de los datos</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>Límites administrativos: conjuntos de datos operativos comunes de OCHA (COD-AB); para Bangladesh, elaborados por la Oficina de Estadística de Bangladesh (BBS), con licencia CC BY-IGO 3.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>Nombres de lugares e información de países: GeoNames, con licencia CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>Acerca de ServiceMap</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="55"/>
        <location filename="../../desktop/main_window.py" line="56"/>
        <source>Drawing the map…</source>
        <translation>Dibujando el mapa…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="74"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="76"/>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="79"/>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="82"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Ajustar el mapa a la selección</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="88"/>
        <source>Zoom map to &amp;all services</source>
        <translation>Ajustar el mapa a &amp;todos los servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="90"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="91"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;Acerca de ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="104"/>
        <source>Clear the list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>Proyectos de ServiceMap (*.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="129"/>
        <source>Project not found</source>
        <translation>No se encuentra el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="130"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File ▸ Open project… from its new place.</source>
        <translation>%1: el archivo ya no está ahí. Se movió, se renombró o se eliminó; ábralo desde su nueva ubicación con Archivo ▸ Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="147"/>
        <location filename="../../desktop/main_window.py" line="152"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2. Compruebe el archivo y sus permisos.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194"/>
        <source>No project open. Open one with File ▸ Open project…</source>
        <translation>No hay ningún proyecto abierto. Abra uno con Archivo ▸ Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %2 servicios en %3 sitios, %4 en el mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>country %1</source>
        <translation>país %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>El servicio en el que hizo clic en el mapa está oculto por la búsqueda o por el filtro de tipo.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map_view.py" line="175"/>
        <source>The map could not be drawn: %1</source>
        <translation>No se pudo dibujar el mapa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="181"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>No se pudo cargar la página del mapa desde %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="191"/>
        <source>The map page did not finish drawing.</source>
        <translation>La página del mapa no terminó de dibujarse.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/services_panel.py" line="40"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>Buscar servicios, organizaciones, lugares, teléfonos…</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="45"/>
        <source>Show only one type of service</source>
        <translation>Mostrar solo un tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="91"/>
        <source>All service types</source>
        <translation>Todos los tipos de servicio</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="50"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="68"/>
        <source>%1 and over</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="70"/>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="140"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Placed</source>
        <translation>Ubicado</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Not placed</source>
        <translation>Sin ubicar</translation>
    </message>
</context>
</TS>
