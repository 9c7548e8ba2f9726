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
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="27"/>
        <source>Check this installation</source>
        <translation>Comprobar esta instalación</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="34"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="35"/>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="50"/>
        <source>Checking what ServiceMap needs on this computer…</source>
        <translation>Comprobando lo que ServiceMap necesita en este equipo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/check_dialog.py" line="59"/>
        <source>%n essential check(s) failed. What to do is written under each.</source>
        <translation>
            <numerusform>Falló %n comprobación esencial. Debajo se indica qué hacer.</numerusform>
            <numerusform>Fallaron %n comprobaciones esenciales. Debajo de cada una se indica qué hacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="62"/>
        <source>Everything ServiceMap needs is in place.</source>
        <translation>Todo lo que ServiceMap necesita está en su sitio.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="66"/>
        <source>The checks could not run: %1</source>
        <translation>No se pudieron hacer las comprobaciones: %1</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="29"/>
        <source>phones and e-mails</source>
        <extracomment>Translates one text (a Qt template with %1 …); the desktop sets it, the command line does not. The JSON fields as people name them (the others through importers.merge.label).</extracomment>
        <translation>teléfonos y correos electrónicos</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="30"/>
        <source>other columns</source>
        <translation>otras columnas</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="31"/>
        <source>words the types were read from</source>
        <translation>palabras de las que se leyeron los tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="32"/>
        <source>how the types were found</source>
        <translation>cómo se encontraron los tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="33"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="34"/>
        <source>phones</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="87"/>
        <source>Phone added %1</source>
        <translation>Teléfono añadido %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="89"/>
        <source>Phone %1 removed</source>
        <translation>Teléfono %1 quitado</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="91"/>
        <source>Phone %1 changed to %2</source>
        <translation>Teléfono %1 cambiado a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="105"/>
        <source>Name %1 changed to %2</source>
        <translation>Nombre %1 cambiado a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="106"/>
        <source>Title %1 changed to %2</source>
        <translation>Cargo %1 cambiado a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="107"/>
        <source>Department %1 changed to %2</source>
        <translation>Departamento %1 cambiado a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="151"/>
        <source>%1: %2 changed to %3</source>
        <translation>%1: %2 cambiado a %3</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="94"/>
        <source>Phone %1: %2</source>
        <translation>Teléfono %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="112"/>
        <location filename="../../desktop/commands/conflict_words.py" line="118"/>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="129"/>
        <source>Contact added: %1</source>
        <translation>Contacto añadido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="135"/>
        <source>E-mail added %1</source>
        <translation>Correo añadido %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="136"/>
        <source>E-mail removed %1</source>
        <translation>Correo quitado %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="139"/>
        <source>Contact removed: %1</source>
        <translation>Contacto quitado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="149"/>
        <source>%1 added: %2</source>
        <translation>%1 añadido: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="152"/>
        <source>%1 removed</source>
        <translation>%1 quitado</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="165"/>
        <source>Added %1</source>
        <translation>Añadido %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="166"/>
        <source>Removed %1</source>
        <translation>Quitado %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="179"/>
        <source>as before</source>
        <translation>como antes</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="47"/>
        <source>Conflicts in the shared directory</source>
        <translation>Conflictos en el directorio compartido</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="57"/>
        <source>Two people changed the same thing differently. The server&apos;s value stays until you choose; your choice goes to the server with the next sync.</source>
        <translation>Dos personas cambiaron lo mismo de forma distinta. El valor del servidor se mantiene hasta que usted elija; su elección va al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="60"/>
        <source>The server refused some of this copy&apos;s changes: the server&apos;s values are back in this copy (yours stay in its history). Accept each refusal once you have read why.</source>
        <translation>El servidor rechazó algunos cambios de esta copia: los valores del servidor volvieron a esta copia (los suyos quedan en su historial). Acepte cada rechazo después de leer el motivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="63"/>
        <source>The server refused some records this copy made: keep them in this copy only, or discard them.</source>
        <translation>El servidor rechazó algunos registros creados en esta copia: consérvelos solo en esta copia o descártelos.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="66"/>
        <source>You may only read this shared directory: a coordinator resolves its conflicts.</source>
        <translation>Usted solo puede consultar este directorio compartido: un coordinador resuelve sus conflictos.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>Server&apos;s</source>
        <translation>La del servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Keep all the server&apos;s</source>
        <translation>Conservar todas las del servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="71"/>
        <source>Keep all mine</source>
        <translation>Conservar todas las mías</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="72"/>
        <source>Conflicts and refused records</source>
        <translation>Conflictos y registros rechazados</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Accept the refusal</source>
        <translation>Aceptar el rechazo</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Keep only in this copy</source>
        <translation>Conservar solo en esta copia</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="127"/>
        <source>%1&apos;s: %2</source>
        <translation>de %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="129"/>
        <source>%1 made the other change on another copy; this copy&apos;s value is the server&apos;s.</source>
        <translation>%1 hizo el otro cambio en otra copia; el valor de esta copia es el del servidor.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>%1&apos;s</source>
        <translation>el de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="90"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="94"/>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
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
        <location filename="../../desktop/curation/edit_actions.py" line="77"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="78"/>
        <source>Edits are recorded in the project&apos;s audit under this name:</source>
        <translation>Los cambios se registran en la auditoría del proyecto con este nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="112"/>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="115"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="139"/>
        <source>This column is edited in the service editor (Enter or F2).</source>
        <translation>Esta columna se edita en el editor de servicios (Intro o F2).</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>E-mail or message</source>
        <translation>Correo electrónico o mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Partner&apos;s update</source>
        <translation>Actualización del socio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="199"/>
        <source>Mark verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="200"/>
        <source>“%1” was checked today. How?</source>
        <translation>«%1» se comprobó hoy. ¿Cómo?</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="213"/>
        <source>Mark “%1” verified</source>
        <translation>Marcar «%1» como verificado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Deleted services</source>
        <translation>Servicios eliminados</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <source>No service has been deleted.</source>
        <translation>No se ha eliminado ningún servicio.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Restore this service:</source>
        <translation>Restaurar este servicio:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="204"/>
        <source>“%1” marked verified today (%2), by %3.</source>
        <translation>«%1» marcado como verificado hoy (%2), por %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="205"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>ServiceMap encontró un problema inesperado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="62"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>Su archivo de proyecto está a salvo: cada cambio se guarda en el momento en que se hace. Los detalles están en %1; envíe ese archivo a quien le dé soporte con ServiceMap.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Help › Check this installation… shows whether this computer lacks something ServiceMap needs.</source>
        <translation>Ayuda › Comprobar esta instalación… muestra si a este equipo le falta algo que ServiceMap necesita.</translation>
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
        <translation>Exportar el directorio</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="52"/>
        <source>Include where confidential services (safe houses) are</source>
        <translation>Incluir dónde están los servicios confidenciales (casas seguras)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="53"/>
        <source>Without it they are listed without their location. Share such a file only with those who may know where a safe house is.</source>
        <translation>Sin esto, se listan sin su ubicación. Comparta ese archivo solo con quienes puedan saber dónde está una casa segura.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="57"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="60"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="67"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="68"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="56"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="28"/>
        <source>Open Referral HSDS 3.0: JSON (.json) or tabular data package (folder or .zip)</source>
        <translation>Open Referral HSDS 3.0: JSON (.json) o paquete de datos en tablas (carpeta o .zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="29"/>
        <source>HXL-tagged 3W/4W table (.csv or .xlsx)</source>
        <translation>tabla 3W/4W con etiquetas HXL (.csv o .xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="30"/>
        <source>formatted XLSX directory</source>
        <translation>directorio XLSX con formato</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="31"/>
        <source>plain CSV, one row per service at a site</source>
        <translation>CSV simple, una fila por servicio en cada sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="32"/>
        <source>GeoPackage point layer for QGIS</source>
        <translation>capa de puntos GeoPackage para QGIS</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="33"/>
        <source>GeoJSON points for web maps</source>
        <translation>puntos GeoJSON para mapas web</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="34"/>
        <source>KML for phone map apps</source>
        <translation>KML para aplicaciones de mapas del teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="35"/>
        <source>vCard contacts for phones</source>
        <translation>contactos vCard para teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="86"/>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="128"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="133"/>
        <source>Wrote %1 records to %2.</source>
        <translation>Se escribieron %1 registros en %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="135"/>
        <source>Confidential services are listed without their location.</source>
        <translation>Los servicios confidenciales se listan sin su ubicación.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="77"/>
        <location filename="../../desktop/importing/wizard.py" line="104"/>
        <source>Choose the service list</source>
        <extracomment>how long the path must stay unchanged (typed in) before its file is read</extracomment>
        <translation>Elegir la lista de servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="78"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>Un libro de Excel (.xlsx, .xlsm, .xls), una hoja OpenDocument (.ods) o un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="83"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="105"/>
        <source>Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</source>
        <translation>Listas de servicios (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="80"/>
        <source>Service list file</source>
        <translation>Archivo de la lista de servicios</translation>
    </message>
</context>
<context>
    <name>GapExport</name>
    <message>
        <location filename="../../desktop/coverage/export.py" line="17"/>
        <source>Admin level</source>
        <extracomment>The exported table&apos;s columns the panel&apos;s table does not show, in words (for pyside6-lupdate).</extracomment>
        <translation>Nivel administrativo</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="18"/>
        <source>Population (all ages)</source>
        <translation>Población (todas las edades)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="19"/>
        <source>Children (0–17)</source>
        <translation>Niños (0–17)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="20"/>
        <source>Analysed (%1)</source>
        <translation>Analizados (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="21"/>
        <source>Services per 10,000 %1</source>
        <translation>Servicios por cada 10.000 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="22"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Service type</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Within</source>
        <translation>Umbral de acceso</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Population analysed</source>
        <translation>Población analizada</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="55"/>
        <location filename="../../desktop/coverage/export.py" line="63"/>
        <location filename="../../desktop/coverage/export.py" line="65"/>
        <source>Export the gap analysis</source>
        <translation>Exportar el análisis de brechas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="56"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)</source>
        <translation>Libro de Excel (*.xlsx);;Tabla CSV (*.csv);;GeoPackage para QGIS (*.gpkg);;Ráster de distancia o tiempo de viaje (*.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="66"/>
        <source>Could not write %s: %s. Choose another place.</source>
        <translation>No se pudo escribir %s: %s. Elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>GapInputs</name>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="58"/>
        <source>optional: a population raster (.tif) that places a table&apos;s people</source>
        <translation>opcional: un ráster de población (.tif) que sitúa a las personas de la tabla</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="77"/>
        <source>Off-road walking speed where no land cover says otherwise; changing it measures travel time</source>
        <translation>Velocidad a pie fuera de las carreteras donde la cobertura del suelo no indica otra; cambiarla mide el tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="52"/>
        <source>Limit each service to its capacity</source>
        <translation>Limitar cada servicio a su capacidad</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="83"/>
        <source>Admin level</source>
        <translation>Nivel administrativo</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="87"/>
        <location filename="../../desktop/coverage/inputs.py" line="89"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="90"/>
        <source>Spread by</source>
        <translation>Repartir según</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="93"/>
        <source>Roads</source>
        <translation>Carreteras</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="98"/>
        <source>Walking</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="96"/>
        <source>Land cover</source>
        <translation>Cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="121"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="129"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="43"/>
        <source>all areas that hold services</source>
        <translation>todas las zonas con servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="44"/>
        <source>P-codes of the areas to analyse, separated by commas (any level); empty: the top-level areas that hold services</source>
        <translation>P-codes de las zonas a analizar, separados por comas (cualquier nivel); vacío: las zonas del primer nivel con servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="50"/>
        <source>by the areas&apos; size</source>
        <translation>según el tamaño de las zonas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="51"/>
        <source>The side of the analysis grid&apos;s cells; smaller is finer and slower</source>
        <translation>El lado de las celdas de la cuadrícula de análisis; más pequeño es más fino y más lento</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="54"/>
        <source>people in each area: a table (.csv/.xlsx) or a map (.tif)</source>
        <translation>habitantes de cada zona: una tabla (.csv/.xlsx) o un mapa (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="61"/>
        <source>optional: road lines or an OpenStreetMap .osm.pbf</source>
        <translation>opcional: líneas de carreteras o un .osm.pbf de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="63"/>
        <source>optional: rivers, lakes and other barriers (lines or areas)</source>
        <translation>opcional: ríos, lagos y otros obstáculos (líneas o áreas)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="65"/>
        <source>optional: elevation raster (.tif), for slopes</source>
        <translation>opcional: ráster de elevación (.tif), para las pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="67"/>
        <source>optional: land-cover raster (.tif)</source>
        <translation>opcional: ráster de cobertura del suelo (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="69"/>
        <source>optional: speeds per land-cover class (.csv)</source>
        <translation>opcional: velocidades por clase de cobertura (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="80"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="84"/>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="85"/>
        <source>Grid cells</source>
        <translation>Celdas de la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="91"/>
        <source>Travel time (with a threshold in minutes)</source>
        <translation>Tiempo de viaje (con un umbral en minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="94"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="95"/>
        <source>Elevation</source>
        <translation>Elevación</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="97"/>
        <source>Speeds</source>
        <translation>Velocidades</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="142"/>
        <source>empty: the project&apos;s population — %1</source>
        <translation>vacío: la población del proyecto — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="99"/>
        <source>Within</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="114"/>
        <source>Choose a file: %1</source>
        <translation>Elegir un archivo: %1</translation>
    </message>
</context>
<context>
    <name>GapNotes</name>
    <message>
        <location filename="../../desktop/coverage/words.py" line="24"/>
        <source>population analysed: %1 (%2)</source>
        <extracomment>Every note mapping.coverage writes (GapResult.notes, Placement.notes, the population method).</extracomment>
        <translation>población analizada: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="25"/>
        <source>population: the project&apos;s own (%1)</source>
        <translation>población: la del proyecto (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="26"/>
        <source>children 0–17 = %1</source>
        <translation>niños de 0 a 17 años = %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="27"/>
        <source>%1: bands 0–14 plus single years 15–17</source>
        <translation>%1: franjas 0–14 más los años 15, 16 y 17</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="28"/>
        <source>%1: bands 0–14 plus 3/5 of 15–19</source>
        <translation>%1: franjas 0–14 más 3/5 de 15–19</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="29"/>
        <source>%1: bands 0–14 plus 15–17</source>
        <translation>%1: franjas 0–14 más 15–17</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="30"/>
        <source>the table has no age bands: analysed as all people</source>
        <translation>la tabla no tiene franjas de edad: se analiza toda la población</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="31"/>
        <source>gridded population without age bands: analysed as all people</source>
        <translation>población en cuadrícula sin franjas de edad: se analiza toda la población</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="32"/>
        <source>no total column: population is the sum of the age bands</source>
        <translation>no hay columna de total: la población es la suma de las franjas de edad</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="33"/>
        <source>this service type covers declared service areas (%1 areas), not a distance</source>
        <translation>este tipo de servicio cubre las zonas de servicio declaradas (%1 zonas), no una distancia</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="34"/>
        <source>%1 services of this type have no point on the map and are left out</source>
        <translation>%1 servicios de este tipo no tienen punto en el mapa y se dejan fuera</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="35"/>
        <source>capacity-aware coverage (%1 of %2 services have a capacity): each service covers the nearest people up to its capacity, largest first (AccessMod&apos;s method)</source>
        <translation>cobertura según la capacidad (%1 de %2 servicios tienen capacidad): cada servicio cubre a las personas más cercanas hasta su capacidad, el mayor primero (método de AccessMod)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="37"/>
        <source>%1 services have a capacity; ask for capacity-aware coverage to use it</source>
        <translation>%1 servicios tienen capacidad; pida la cobertura según la capacidad para usarla</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="38"/>
        <source>median and worst are blank where travel time is over %1 min (3 × the threshold)</source>
        <translation>la mediana y el más lejano quedan en blanco donde el tiempo de viaje supera %1 min (3 × el umbral)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="39"/>
        <source>WARNING: no gridded population: each area&apos;s people are spread evenly over its land (by area only). Coverage inside an area is approximate; give a WorldPop-style GeoTIFF for a better answer.</source>
        <translation>ATENCIÓN: no hay población en cuadrícula: la población de cada zona se reparte por igual sobre su territorio (solo según la superficie). La cobertura dentro de una zona es aproximada; indique un GeoTIFF como los de WorldPop para una respuesta mejor.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="42"/>
        <source>each area&apos;s people and children from %1 are spread over its cells in proportion to the people of %2 (the table&apos;s totals kept exactly)</source>
        <translation>la población y los niños de cada zona, tomados de %1, se reparten sobre sus celdas en proporción a la población de %2 (se conservan exactamente los totales de la tabla)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="44"/>
        <source>%1 areas in scope have no row in %2 (e.g. %3): counted as 0 people</source>
        <translation>%1 zonas del ámbito no tienen fila en %2 (p. ej., %3): se cuentan con 0 personas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="45"/>
        <source>%1 areas are smaller than one grid cell and their people are left out (e.g. %2)</source>
        <translation>%1 zonas son más pequeñas que una celda de la cuadrícula y su población queda fuera (p. ej., %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="46"/>
        <source>WARNING: %1 areas have no people in %2; their people are spread evenly over their land (by area only)</source>
        <translation>ATENCIÓN: %1 zonas no tienen población en %2; su población se reparte por igual sobre su territorio (solo según la superficie)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="48"/>
        <source>analysis grid: %1 × %2 cells of %3 m in %4</source>
        <translation>cuadrícula de análisis: %1 × %2 celdas de %3 m en %4</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="49"/>
        <source>%1 (%2 units, %3) resampled bilinearly to %4 m cells</source>
        <translation>%1 (unidades de %2, %3) remuestreado de forma bilineal a celdas de %4 m</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="50"/>
        <source>water and barriers from %1: %2 cells cannot be crossed (roads over them are bridges)</source>
        <translation>agua y barreras de %1: %2 celdas no se pueden cruzar (las carreteras que pasan sobre ellas son puentes)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="51"/>
        <source>%1: no water or barrier features</source>
        <translation>%1: no hay elementos de agua ni barreras</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="52"/>
        <source>population raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>ráster de población %1: solo se leyeron las %2 × %3 celdas bajo la zona de análisis (de %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="54"/>
        <source>elevation raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>ráster de elevación %1: solo se leyeron las %2 × %3 celdas bajo la zona de análisis (de %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="56"/>
        <source>land cover %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>cobertura del suelo %1: solo se leyeron las %2 × %3 celdas bajo la zona de análisis (de %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="59"/>
        <source>%1 %2: only the %3 × %4 cells under the analysis area were read (of %5 × %6)</source>
        <translation>%1 %2: solo se leyeron las %3 × %4 celdas bajo la zona de análisis (de %5 × %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="60"/>
        <source>%1 rows without a P-code (totals?) were left out</source>
        <translation>se dejaron fuera %1 filas sin código P (¿totales?)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="61"/>
        <source>population raster %1 is in %2 (%3 cells); resampled to %4 m cells in %5, keeping the totals</source>
        <translation>el ráster de población %1 está en %2 (celdas de %3); remuestreado a celdas de %4 m en %5, conservando los totales</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="63"/>
        <source>population raster %1 (%2 m cells, %3) resampled to %4 m cells in %5, keeping the totals</source>
        <translation>ráster de población %1 (celdas de %2 m, %3) remuestreado a celdas de %4 m en %5, conservando los totales</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="65"/>
        <source>land cover %1 (%2 cells, %3) brought onto %4 m cells in %5 by %6</source>
        <translation>cobertura del suelo %1 (celdas de %2, %3) llevada a celdas de %4 m en %5 según %6</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="66"/>
        <source>the most common class in each cell</source>
        <translation>la clase más frecuente en cada celda</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="67"/>
        <source>the nearest class</source>
        <translation>la clase más cercana</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="68"/>
        <source>off-road speed by land-cover class (%1): no class of the table in the analysis area</source>
        <translation>velocidad fuera de carretera por clase de cobertura del suelo (%1): ninguna clase de la tabla en la zona de análisis</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="69"/>
        <source>off-road speed by land-cover class (%1): %2</source>
        <translation>velocidad fuera de carretera por clase de cobertura del suelo (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="70"/>
        <source>land-cover classes without a speed (%1; %2 of cells) walked at %3 km/h; add them to the speeds table</source>
        <translation>clases de cobertura del suelo sin velocidad (%1; %2 de las celdas) recorridas a pie a %3 km/h; añádalas a la tabla de velocidades</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="72"/>
        <source>%1 of cells have no land cover (outside the raster or no data): walked at %2 km/h</source>
        <translation>el %1 de las celdas no tiene cobertura del suelo (fuera del ráster o sin datos): recorridas a pie a %2 km/h</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="73"/>
        <source>only %1 sites add anyone; more would cover no one new</source>
        <translation>solo %1 sitios añaden a alguien; más no cubrirían a nadie nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="74"/>
        <source>exact model skipped: %1 demand points × %2 candidates is too large to solve in reasonable time; greedy with swaps used</source>
        <translation>modelo exacto omitido: %1 puntos de demanda × %2 candidatos es demasiado grande para resolverse en un tiempo razonable; se usó el método voraz con intercambios</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="76"/>
        <source>exact: maximal covering location model, solved by HiGHS (proven optimal)</source>
        <translation>exacto: modelo de localización de máxima cobertura, resuelto con HiGHS (óptimo demostrado)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="77"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit, at most %2 below the best possible</source>
        <translation>exacto: modelo de localización de máxima cobertura, resuelto con HiGHS; detenido en el límite de %1 segundos, como mucho un %2 por debajo del mejor posible</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="79"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit with the sites found</source>
        <translation>exacto: modelo de localización de máxima cobertura, resuelto con HiGHS; detenido en el límite de %1 segundos con los sitios encontrados</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="81"/>
        <source>roads from %1 (OpenStreetMap): no highway=* ways inside the analysis area; off-road speeds only</source>
        <translation>carreteras de %1 (OpenStreetMap): ninguna vía highway=* dentro de la zona de análisis; solo velocidades fuera de carretera</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="83"/>
        <source>roads from %1 (OpenStreetMap): %2 ways in the area (%3), speeds by highway class</source>
        <translation>carreteras de %1 (OpenStreetMap): %2 vías en la zona (%3), velocidades por clase highway</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="84"/>
        <source>off-road: walking at %1 km/h</source>
        <translation>fuera de carretera: a pie a %1 km/h</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="85"/>
        <source>off-road walking slowed on slopes (Tobler&apos;s hiking function on the DEM)</source>
        <translation>marcha fuera de carretera más lenta en las pendientes (función de senderismo de Tobler sobre el MDE)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="86"/>
        <source>roads from %1: speeds from its &apos;%2&apos; column</source>
        <translation>carreteras de %1: velocidades de su columna «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="87"/>
        <source>roads from %1: speeds by &apos;%2&apos; class</source>
        <translation>carreteras de %1: velocidades según la clase «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="88"/>
        <source>roads from %1: no class column, every road at %2 km/h</source>
        <translation>carreteras de %1: sin columna de clase, todas las carreteras a %2 km/h</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="89"/>
        <source>road classes without a speed, given %1 km/h: %2</source>
        <translation>clases de carretera sin velocidad, puestas a %1 km/h: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="94"/>
        <source>give a distance or a time, such as 5km or 60min, more than zero.</source>
        <extracomment>Every problem a gap or suggestion request can have (InvalidRequest.problem, PlacementError&apos;s fixed texts).</extracomment>
        <translation>indique una distancia o un tiempo mayor que cero, como 5km o 60min.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="95"/>
        <source>no such project file. Check the path.</source>
        <translation>no existe ese archivo de proyecto. Compruebe la ruta.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="96"/>
        <source>choose a service type.</source>
        <translation>elija un tipo de servicio.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="97"/>
        <source>give a walking speed in km/h above 0 (5 is usual).</source>
        <translation>indique una velocidad a pie en km/h mayor que 0 (lo habitual es 5).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="98"/>
        <source>give the land-cover raster too ({landcover}).</source>
        <translation>indique también el ráster de cobertura del suelo ({landcover}).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="99"/>
        <source>give the population table too ({population}).</source>
        <translation>indique también la tabla de población ({population}).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="100"/>
        <source>no such file. Check the path.</source>
        <translation>no existe ese archivo. Compruebe la ruta.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="101"/>
        <source>give the grid cell size in metres, more than zero.</source>
        <translation>indique el tamaño de las celdas de la cuadrícula en metros, mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="102"/>
        <source>write the gap table as .csv, .xlsx or .gpkg.</source>
        <translation>guarde la tabla de brechas como .csv, .xlsx o .gpkg.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="103"/>
        <source>ask for at least one new site.</source>
        <translation>pida al menos un sitio nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="104"/>
        <source>choose greedy or exact.</source>
        <translation>elija voraz o exacto.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="105"/>
        <source>give a file of points, &apos;areas&apos; or &apos;grid&apos;.</source>
        <translation>indique un archivo de puntos, &apos;areas&apos; o &apos;grid&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="106"/>
        <source>write the suggested sites as .csv, .xlsx or .gpkg.</source>
        <translation>guarde los sitios propuestos como .csv, .xlsx o .gpkg.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="107"/>
        <source>give a COD-PS table (.csv/.xlsx) or a population raster (.tif); this project keeps none.</source>
        <translation>indique una tabla COD-PS (.csv/.xlsx) o un ráster de población (.tif); este proyecto no guarda ninguno.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="109"/>
        <source>no candidate sites to choose from.</source>
        <translation>no hay sitios candidatos entre los que elegir.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="110"/>
        <source>everyone analysed is already covered: there is no gap to close.</source>
        <translation>todas las personas analizadas ya están cubiertas: no hay brecha que cerrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="86"/>
        <location filename="../../desktop/coverage/words.py" line="115"/>
        <source>grid cell %1</source>
        <extracomment>Candidate sites mapping names by number (&quot;cell 12&quot; among grid cells, &quot;candidate 3&quot; from a file without names).</extracomment>
        <translation>celda de la cuadrícula %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="116"/>
        <source>candidate %1</source>
        <translation>candidato %1</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="67"/>
        <source>Find gaps</source>
        <extracomment>The type ticked when a project opens.</extracomment>
        <translation>Buscar brechas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="82"/>
        <source>Greedy (fast)</source>
        <translation>Voraz (rápido)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="83"/>
        <source>Exact (MCLP)</source>
        <translation>Exacto (MCLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="85"/>
        <source>among grid cells</source>
        <translation>entre las celdas de la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="86"/>
        <source>at area centres</source>
        <translation>en los centros de las áreas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="87"/>
        <source>Suggest sites</source>
        <translation>Sugerir sitios</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="90"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="91"/>
        <source>Save the type shown: its table (.xlsx, .csv), a GeoPackage with areas, catchments and bands, or its raster (.tif)</source>
        <translation>Guardar el tipo mostrado: su tabla (.xlsx, .csv), un GeoPackage con áreas, zonas de cobertura y franjas, o su ráster (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="204"/>
        <source>Tick at least one service type.</source>
        <translation>Marque al menos un tipo de servicio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="230"/>
        <source>Done: %n service type(s) analysed.</source>
        <translation>
            <numerusform>Listo: %n tipo de servicio analizado.</numerusform>
            <numerusform>Listo: %n tipos de servicio analizados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="234"/>
        <source>Analysing %1 (%2 of %3)…</source>
        <translation>Analizando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="260"/>
        <source>Saved %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="270"/>
        <source>Cancelled. %1 of %2 service type(s) done; the results so far are kept.</source>
        <translation>Cancelado. %1 de %2 tipo(s) de servicio terminados; se conservan los resultados obtenidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="113"/>
        <source>New sites</source>
        <translation>Sitios nuevos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="272"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>Gap analysis</source>
        <translation>Análisis de brechas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>The analysis failed: %s</source>
        <translation>El análisis falló: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="126"/>
        <source>Analyse</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="127"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="231"/>
        <location filename="../../desktop/coverage/panel.py" line="347"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="296"/>
        <source>Not started: gaps are counted in people, and this project has no population figures. Under “Population”, choose a table of the number of people in each area (.csv or .xlsx) or a population map (.tif). Tables for most countries are OCHA&apos;s subnational population statistics (COD-PS), free to download from HDX: data.humdata.org.</source>
        <translation>No comenzó: las brechas se cuentan en personas, y este proyecto no tiene cifras de población. En «Población», elija una tabla con el número de habitantes de cada zona (.csv o .xlsx) o un mapa de población (.tif). Para la mayoría de los países, esas tablas son las estadísticas de población subnacionales de OCHA (COD-PS), que se descargan gratis de HDX: data.humdata.org.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="304"/>
        <source>Not started</source>
        <translation>No comenzó</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="348"/>
        <source>%1 within %2</source>
        <translation>%1 a menos de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="350"/>
        <source>Suggested %n site(s) for %1: numbered on the map, listed under “Suggested sites”.</source>
        <translation>
            <numerusform>%n sitio propuesto para %1: numerado en el mapa, listado en «Sitios propuestos».</numerusform>
            <numerusform>%n sitios propuestos para %1: numerados en el mapa, listados en «Sitios propuestos».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="352"/>
        <source>No new %1 site would cover anyone new.</source>
        <translation>Ningún sitio nuevo (%1) cubriría a nadie más.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="244"/>
        <source>Suggesting sites for %1 within %2…</source>
        <translation>Sugiriendo sitios para %1 a menos de %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="269"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="324"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
</context>
<context>
    <name>GapResults</name>
    <message>
        <location filename="../../desktop/coverage/results.py" line="73"/>
        <source>% of {kind} within {within}</source>
        <translation>% de {kind} a {within} o menos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="74"/>
        <source>{Kind} beyond {within}</source>
        <translation>{Kind} más allá de {within}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="75"/>
        <source>Distance to the nearest service</source>
        <translation>Distancia al servicio más cercano</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="76"/>
        <source>Travel time to the nearest service</source>
        <translation>Tiempo de viaje al servicio más cercano</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="77"/>
        <source>no population</source>
        <translation>sin población</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="78"/>
        <source>covered</source>
        <translation>cubiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="79"/>
        <source>beyond the threshold</source>
        <translation>más allá del umbral</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="80"/>
        <source>rank</source>
        <translation>puesto</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="81"/>
        <source>Services of this type (confidential ones are not shown)</source>
        <translation>Servicios de este tipo (no se muestran los confidenciales)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="82"/>
        <source>Suggested site</source>
        <translation>Sitio propuesto</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="83"/>
        <source>adds</source>
        <translation>añade</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <location filename="../../desktop/coverage/results.py" line="157"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>% covered</source>
        <translation>% cubiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="158"/>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>Children out of reach</source>
        <translation>Niños fuera de alcance</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="164"/>
        <source>Distance / travel-time bands</source>
        <translation>Franjas de distancia / tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Within</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>In scope</source>
        <translation>En el ámbito</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Covered</source>
        <translation>Cubiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="172"/>
        <source>Beyond</source>
        <translation>Más allá</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="197"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="183"/>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Suggested sites</source>
        <translation>Sitios propuestos</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="203"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="209"/>
        <source>Showing</source>
        <translation>Mostrando</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="214"/>
        <source>Colour areas by</source>
        <translation>Colorear las áreas por</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="276"/>
        <source>Children in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>Niños en el ámbito: %s — cubiertos: %s (%s %%) — más allá de %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="277"/>
        <source>People in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>Personas en el ámbito: %s — cubiertas: %s (%s %%) — más allá de %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>People out of reach</source>
        <translation>Personas fuera de alcance</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Travel-time bands</source>
        <translation>Franjas de tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Distance bands</source>
        <translation>Franjas de distancia</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="286"/>
        <source>adds %s %s (total %s)</source>
        <translation>añade %s %s (total %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>Rank</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="62"/>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <source>Beyond %1</source>
        <translation>Más allá de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Median to a service (%1)</source>
        <translation>Mediana hasta un servicio (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>Farthest (%1)</source>
        <translation>Lo más lejos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>From the centre (%1)</source>
        <translation>Desde el centro (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="67"/>
        <source>Nearest service</source>
        <translation>Servicio más cercano</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="84"/>
        <location filename="../../desktop/coverage/words.py" line="142"/>
        <source>children</source>
        <translation>niños</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="85"/>
        <location filename="../../desktop/coverage/words.py" line="144"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="174"/>
        <source>Overview of the types analysed</source>
        <translation>Resumen de los tipos analizados</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="179"/>
        <source>Areas, most people out of reach first</source>
        <translation>Zonas, primero las que tienen más personas fuera de alcance</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="185"/>
        <source>Notes on the analysis</source>
        <translation>Notas sobre el análisis</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="193"/>
        <source>Click an area to outline it on the main map; double-click to see it on this map</source>
        <translation>Haga clic en una zona para resaltarla en el mapa principal; doble clic para verla en este mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="195"/>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="196"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="289"/>
        <source>New sites for %1:</source>
        <translation>Sitios nuevos para %1:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="54"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="55"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="56"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicada</numerusform>
            <numerusform>%n duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="57"/>
        <source>%n not-a-service</source>
        <translation>
            <numerusform>%n no es un servicio</numerusform>
            <numerusform>%n no son servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="58"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="18"/>
        <source>Record ID</source>
        <extracomment>Each field&apos;s English label (as importers.columns.FIELDS writes it), marked for pyside6-lupdate.</extracomment>
        <translation>ID del registro</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="19"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="20"/>
        <source>Organisation (other, specify)</source>
        <translation>Organización (otra, especificar)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="21"/>
        <source>Lead / funding organisation</source>
        <translation>Organización líder / financiadora</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="22"/>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="23"/>
        <source>Service type(s)</source>
        <translation>Tipo(s) de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="24"/>
        <source>Service type (other, specify)</source>
        <translation>Tipo de servicio (otro, especificar)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="25"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="26"/>
        <source>Sub-sector</source>
        <translation>Subsector</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="27"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="28"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="29"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="30"/>
        <source>Admin 1 name</source>
        <translation>Nombre admin 1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="31"/>
        <source>Admin 2 name</source>
        <translation>Nombre admin 2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="32"/>
        <source>Admin 3 name</source>
        <translation>Nombre admin 3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="33"/>
        <source>Admin 4 name</source>
        <translation>Nombre admin 4</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="34"/>
        <source>Admin 1 P-code</source>
        <translation>Código P admin 1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="35"/>
        <source>Admin 2 P-code</source>
        <translation>Código P admin 2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="36"/>
        <source>Admin 3 P-code</source>
        <translation>Código P admin 3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="37"/>
        <source>Admin 4 P-code</source>
        <translation>Código P admin 4</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="38"/>
        <source>Site / facility</source>
        <translation>Sitio / establecimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="39"/>
        <source>Location / camp</source>
        <translation>Lugar / campamento</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="40"/>
        <source>Block / zone</source>
        <translation>Bloque / zona</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="41"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="42"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="43"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="44"/>
        <source>Coordinates (lat, lon)</source>
        <translation>Coordenadas (lat, lon)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="45"/>
        <source>Focal person</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="46"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="47"/>
        <source>More phone numbers</source>
        <translation>Otros números de teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="48"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="49"/>
        <source>More e-mail addresses</source>
        <translation>Otras direcciones de correo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="50"/>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="51"/>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="52"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="53"/>
        <source>Target group</source>
        <translation>Grupo destinatario</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="54"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="55"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="56"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="57"/>
        <source>Intake criteria</source>
        <translation>Criterios de admisión</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="58"/>
        <source>Referral method</source>
        <translation>Forma de remisión</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="59"/>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="60"/>
        <source>Feedback channel</source>
        <translation>Canal de retroalimentación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="61"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="62"/>
        <source>Location may be shared (yes/no)</source>
        <translation>Se puede compartir la ubicación (sí/no)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="63"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="64"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="65"/>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="66"/>
        <source>Keep as extra field</source>
        <translation>Conservar como campo adicional</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="67"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="72"/>
        <source>header</source>
        <extracomment>How the wizard found a column&apos;s field (``ColumnMap.how``), as its column step says it.</extracomment>
        <translation>encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="73"/>
        <source>HXL tag</source>
        <translation>etiqueta HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="74"/>
        <source>header, nearly</source>
        <translation>encabezado, casi</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="75"/>
        <source>what it holds</source>
        <translation>su contenido</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="76"/>
        <source>saved layout</source>
        <translation>diseño guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="77"/>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="78"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="44"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="50"/>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="90"/>
        <source>Open a project to see the imports made into it.</source>
        <translation>Abra un proyecto para ver las importaciones hechas en él.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="95"/>
        <source>No imports recorded in this project yet.</source>
        <translation>Todavía no hay importaciones registradas en este proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="96"/>
        <source>One import recorded in this project. Choose it to see its report.</source>
        <translation>Una importación registrada en este proyecto. Elíjala para ver su informe.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="97"/>
        <source>{0} imports recorded in this project. Choose one to see its report.</source>
        <translation>{0} importaciones registradas en este proyecto. Elija una para ver su informe.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="56"/>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="31"/>
        <source>cell %1 held %2; that value was left out</source>
        <extracomment>Every sentence importers/ (and directory.safe_text) can put in a row&apos;s messages or a file&apos;s notes.</extracomment>
        <translation>la celda %1 contenía %2; ese valor se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="32"/>
        <source>cell %1 holds %2 characters; only the first %3 were kept</source>
        <translation>la celda %1 tiene %2 caracteres; solo se conservaron los %3 primeros</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="33"/>
        <source>%1 held %2, which can make a name or a phone number read differently from what it is; removed</source>
        <translation>%1 contenía %2, que puede hacer que un nombre o un número de teléfono se lea distinto de lo que es; se eliminó</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="35"/>
        <source>blank row</source>
        <translation>fila vacía</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="36"/>
        <source>the table&apos;s header again, not a service</source>
        <translation>el encabezado de la tabla, repetido: no es un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="37"/>
        <source>a second header row (the headers in another language), not a service</source>
        <translation>una segunda fila de encabezado (los encabezados en otro idioma): no es un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="38"/>
        <source>a total (&apos;%1&apos;), not a service</source>
        <translation>un total («%1»), no un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="39"/>
        <source>a note or total (&apos;%1&apos;), not a service</source>
        <translation>una nota o un total («%1»), no un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="40"/>
        <source>a focal point&apos;s contact (&apos;%1&apos;), not a service</source>
        <translation>el contacto de un punto focal («%1»), no un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="41"/>
        <source>the rest of row %1 (%2), split over two rows (as a PDF converted to a sheet does): read with that row</source>
        <translation>el resto de la fila %1 (%2), partida en dos filas (como lo hace un PDF convertido en hoja): leída con esa fila</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="43"/>
        <source>an activity (&apos;%1&apos;): a training, meeting, distribution or campaign, not a service people can be referred to</source>
        <translation>una actividad («%1»): una capacitación, una reunión, una distribución o una campaña, no un servicio al que se pueda derivar a las personas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="45"/>
        <source>a test entry (&apos;%1&apos;), not a service; if it is a real service, write its real name and import again</source>
        <translation>una entrada de prueba («%1»), no un servicio; si es un servicio real, escriba su nombre real e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="47"/>
        <source>the template&apos;s example row (&apos;%1&apos;), not a service</source>
        <translation>la fila de ejemplo de la plantilla («%1»), no un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="48"/>
        <source>none of the service columns of row %1 is marked (&apos;%2&apos;): not a service</source>
        <translation>ninguna de las columnas de servicios de la fila %1 está marcada («%2»): no es un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="49"/>
        <source>no organisation offers it here (&apos;%1&apos;): a gap the list notes, not a service</source>
        <translation>ninguna organización lo ofrece aquí («%1»): una brecha que la lista señala, no un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="50"/>
        <source>names no service (&apos;%1&apos;): not imported as one. If it is a service, write its organisation and type, and import again</source>
        <translation>no nombra ningún servicio («%1»): no se importó como servicio. Si lo es, escriba su organización y su tipo, e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="52"/>
        <source>a heading (&apos;%1&apos;): the organisation of the services under it</source>
        <translation>un encabezado («%1»): la organización de los servicios que siguen debajo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="53"/>
        <source>a heading (&apos;%1&apos;): the service type of the rows under it</source>
        <translation>un encabezado («%1»): el tipo de servicio de las filas que siguen</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="54"/>
        <source>only an organisation (&apos;%1&apos;), nothing of a service: not imported. If it offers one, write what it offers in row %2 and import again</source>
        <translation>solo una organización («%1»), ningún servicio: no se importó. Si ofrece alguno, escriba lo que ofrece en la fila %2 e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="56"/>
        <source>other services of this list are at its place and show it on maps and pathways: %1. Mark them confidential too in the import wizard, or give them their own address</source>
        <translation>otros servicios de esta lista están en su lugar y lo muestran en los mapas y las rutas de remisión: %1. Márquelos también como confidenciales en el asistente de importación, o deles su propia dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="59"/>
        <source>services already in the project are at its place and show it on maps and pathways: %1. Mark them confidential too in the services panel, or give them their own address</source>
        <translation>servicios que ya están en el proyecto se encuentran en su lugar y lo muestran en los mapas y las rutas de remisión: %1. Márquelos también como confidenciales en el panel de servicios, o deles su propia dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="62"/>
        <source>it is at the place of &apos;%1&apos;, a confidential service already in the project, and would show that place on maps and pathways. Mark it confidential in the import wizard, or give it its own address</source>
        <translation>está en el lugar de &apos;%1&apos;, un servicio confidencial que ya está en el proyecto, y mostraría ese lugar en los mapas y las rutas de remisión. Márquelo como confidencial en el asistente de importación, o dele su propia dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="66"/>
        <source>no service name in row %1: named &apos;%2&apos; from what the row says; write its name in the service name column if it has one</source>
        <translation>sin nombre de servicio en la fila %1: se llamó «%2» según lo que dice la fila; si tiene un nombre, escríbalo en la columna del nombre del servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="68"/>
        <source>nothing in row %1 says what the service is: write it in one of the row&apos;s cells (or choose the column that says it in the import wizard&apos;s column step) and import again</source>
        <translation>nada en la fila %1 dice qué servicio es: escríbalo en una de las celdas de la fila (o elija la columna que lo dice en el paso de columnas del asistente de importación) e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="71"/>
        <source>no organisation: fill in the &apos;organisation&apos; column of row %1 and import again</source>
        <translation>sin organización: rellene la columna «organización» de la fila %1 e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="72"/>
        <source>no service name: fill in the &apos;service name&apos; column of row %1 and import again</source>
        <translation>sin nombre de servicio: rellene la columna «nombre del servicio» de la fila %1 e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="74"/>
        <source>service record %1 has no %2; fix it in the source system</source>
        <translation>el registro de servicio %1 no tiene %2; corríjalo en el sistema de origen</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="76"/>
        <source>same service as sheet &apos;%1&apos; row %2; merged into it</source>
        <translation>el mismo servicio que la hoja «%1» fila %2; se fusionó con ese</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="77"/>
        <source>same service as row %1; merged into it</source>
        <translation>el mismo servicio que la fila %1; se fusionó con ese</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="78"/>
        <source>same service id as record %1; left out</source>
        <translation>el mismo identificador de servicio que el registro %1; se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="79"/>
        <source>already in the project: no change</source>
        <translation>ya está en el proyecto: sin cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="80"/>
        <source>already in the project: its record was updated</source>
        <translation>ya está en el proyecto: se actualizó su registro</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="82"/>
        <source>service type not recognised in its text (&apos;%1&apos;): choose its types in the service editor, or teach the words with Tools › Service types… in the desktop (or &apos;servicemap teach&apos; and &apos;servicemap retype&apos;)</source>
        <translation>tipo de servicio no reconocido en su texto («%1»): elija sus tipos en el editor de servicios, o enseñe esas palabras a ServiceMap con Herramientas › Tipos de servicio… (o «servicemap teach» y «servicemap retype»)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="85"/>
        <source>service type &apos;%1&apos; left out: the row&apos;s text says it is suspended or not offered; check it</source>
        <translation>tipo de servicio «%1» dejado fuera: el texto de la fila dice que está suspendido o que no se ofrece; compruébelo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="87"/>
        <source>service type &apos;%1&apos; kept although the row&apos;s text says a part of it is not offered: its column is marked as offered in part; check it</source>
        <translation>tipo de servicio «%1» mantenido aunque el texto de la fila dice que una parte no se ofrece: su columna lo marca como ofrecido en parte; compruébelo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="89"/>
        <source>service type &apos;%1&apos; was read from the %2 only (not a usual type of its sector); check it</source>
        <translation>el tipo de servicio «%1» se leyó solo en %2 (no es un tipo habitual de su sector); compruébelo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="91"/>
        <source>service type &apos;%1&apos; was read from the %2 only; check it</source>
        <translation>el tipo de servicio «%1» se leyó solo en %2; compruébelo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="92"/>
        <source>service type &apos;%1&apos; not recognised; add it as a synonym or fix the cell</source>
        <translation>tipo de servicio «%1» no reconocido; añádalo como sinónimo o corrija la celda</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="93"/>
        <source>no service type recognised; set one in ServiceMap</source>
        <translation>no se reconoció ningún tipo de servicio; indique uno en ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="95"/>
        <source>marked confidential by the user in the import wizard</source>
        <translation>marcado como confidencial por el usuario en el asistente de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="96"/>
        <source>the user confirmed it is not confidential in the import wizard</source>
        <translation>el usuario confirmó en el asistente de importación que no es confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="97"/>
        <source>row %1 holds several services (a grid&apos;s cells), so the import wizard&apos;s &apos;not confidential&apos; was not applied to them; if this one may be shown, mark it not confidential in the service editor after the import</source>
        <translation>la fila %1 contiene varios servicios (las celdas de una cuadrícula): el «no confidencial» del asistente de importación no se les aplicó; si este puede mostrarse, márquelo como no confidencial en el editor de servicios después de la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="100"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown, although its Confidential column says &apos;%2&apos;. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marcado como confidencial porque es un servicio de tipo %1: su punto, su dirección y su sitio no se mostrarán, aunque su columna Confidencial dice «%2». Si puede mostrarse, márquelo como no confidencial en el asistente de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="103"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marcado como confidencial porque es un servicio de tipo %1: su punto, su dirección y su sitio no se mostrarán. Si puede mostrarse, márquelo como no confidencial en el asistente de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="106"/>
        <source>marked confidential because its column &apos;%1&apos; says &apos;%2&apos;: its point, address and site will not be shown</source>
        <translation>marcado como confidencial porque su columna «%1» dice «%2»: su punto, su dirección y su sitio no se mostrarán</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="108"/>
        <source>marked confidential because its %1 says &apos;%2&apos; although its Confidential column says &apos;%3&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marcado como confidencial porque su campo «%1» dice «%2», aunque su columna Confidencial dice «%3»; su punto, su dirección y su sitio no se mostrarán. Si puede mostrarse, márquelo como no confidencial en el asistente de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="111"/>
        <source>marked confidential because its %1 says &apos;%2&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>marcado como confidencial porque su campo «%1» dice «%2»; su punto, su dirección y su sitio no se mostrarán. Si puede mostrarse, márquelo como no confidencial en el asistente de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="114"/>
        <source>not marked confidential although it is a %1 service: its text says it is for &apos;%2&apos; and names nobody at risk. If its location must stay secret, mark it confidential in the import wizard</source>
        <translation>no se marcó como confidencial aunque es un servicio de tipo %1: su texto dice que es para «%2» y no nombra a nadie en riesgo. Si su ubicación debe mantenerse en secreto, márquelo como confidencial en el asistente de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="118"/>
        <source>status &apos;%1&apos; not understood; recorded as active</source>
        <translation>estado «%1» no entendido; se registró como activo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="119"/>
        <source>status &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>estado «%1»: se registró como %2, así que las rutas de derivación lo dejan fuera; si se ofrece hoy, ponga su estado en activo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="121"/>
        <source>its text says &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>su texto dice «%1»: se registró como %2, así que las rutas de derivación lo dejan fuera; si se ofrece hoy, ponga su estado en activo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="123"/>
        <source>its remarks start with &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>sus observaciones empiezan con «%1»: se registró como %2, así que las rutas de derivación lo dejan fuera; si se ofrece hoy, ponga su estado en activo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="125"/>
        <source>its service columns say &apos;%1&apos;, not marked: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>sus columnas de servicios dicen «%1» en lugar de una marca: se registró como %2, así que las rutas de derivación lo dejan fuera; si se ofrece hoy, ponga su estado en activo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="127"/>
        <source>under the heading &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>bajo el título &apos;%1&apos;: registrado como %2, por lo que las rutas lo omiten; si se ofrece hoy, cambie su estado a activo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="129"/>
        <source>a heading (&apos;%1&apos;): the status of the rows under it</source>
        <translation>un título (&apos;%1&apos;): el estado de las filas de debajo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="131"/>
        <source>coordinates &apos;%1&apos; not understood; the site is left unplaced</source>
        <translation>coordenadas «%1» no entendidas; el sitio queda sin ubicar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="132"/>
        <source>coordinates &apos;%1&apos;, &apos;%2&apos; not understood; the site is left unplaced</source>
        <translation>coordenadas «%1», «%2» no entendidas; el sitio queda sin ubicar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="133"/>
        <source>latitude and longitude were swapped; put right</source>
        <translation>la latitud y la longitud estaban intercambiadas; se corrigió</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="134"/>
        <source>coordinates 0, 0 treated as missing</source>
        <translation>coordenadas 0, 0 tratadas como ausentes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="135"/>
        <source>coordinates %1, %2 are out of range; treated as missing</source>
        <translation>las coordenadas %1, %2 están fuera de rango; tratadas como ausentes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="136"/>
        <source>coordinates %1, %2: %3; put right to %4, %5</source>
        <translation>coordenadas %1, %2: %3; corregidas a %4, %5</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="137"/>
        <source>coordinates read from its %1</source>
        <translation>coordenadas leídas de su campo «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="138"/>
        <source>coordinates read as UTM zone %1 metres</source>
        <translation>coordenadas leídas como metros UTM de la zona %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="139"/>
        <source>coordinates &apos;%1&apos; are UTM metres without a zone; write the zone (e.g. &apos;UTM 30N X: 707383 Y: 1448371&apos;) or the point in degrees</source>
        <translation>las coordenadas &apos;%1&apos; son metros UTM sin zona; escriba la zona (p. ej. &apos;UTM 30N X: 707383 Y: 1448371&apos;) o el punto en grados</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="141"/>
        <source>coordinates &apos;%1&apos; are UTM metres that no single zone places in the project&apos;s country; write the zone (e.g. &apos;UTM 30N&apos;) or the point in degrees</source>
        <translation>las coordenadas &apos;%1&apos; son metros UTM que ninguna zona única sitúa en el país del proyecto; escriba la zona (p. ej. &apos;UTM 30N&apos;) o el punto en grados</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="143"/>
        <source>its point (%1, %2) lies outside every area of the project&apos;s boundaries: check the coordinates (latitude and longitude swapped, a digit or a minus sign wrong), or whether the row is a test</source>
        <translation>su punto (%1, %2) está fuera de todas las zonas de los límites del proyecto: compruebe las coordenadas (latitud y longitud intercambiadas, una cifra o un signo menos equivocados) o si la fila es una prueba</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="147"/>
        <source>phone &apos;%1&apos; is neither a full number nor a short code; kept as typed</source>
        <translation>el teléfono «%1» no es un número completo ni un número corto; se conservó tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="148"/>
        <source>phone &apos;%1&apos; is not a valid number; kept as typed</source>
        <translation>el teléfono «%1» no es un número válido; se conservó tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="149"/>
        <source>e-mail &apos;%1&apos; is not a valid address; left out</source>
        <translation>el correo «%1» no es una dirección válida; se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="150"/>
        <source>ages &apos;%1&apos; read as 0–17</source>
        <translation>edades «%1» leídas como 0–17</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="151"/>
        <source>ages &apos;%1&apos; not understood; kept in the description</source>
        <translation>edades «%1» no entendidas; se conservan en la descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="152"/>
        <source>language &apos;%1&apos; not recognised; kept as written</source>
        <translation>idioma «%1» no reconocido; se conservó tal como está escrito</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="153"/>
        <source>date &apos;%1&apos; not understood; left empty</source>
        <translation>fecha «%1» no entendida; se dejó vacía</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="154"/>
        <source>cell %1: the date &apos;%2&apos; could be read either way; it was read %3, but other dates in this sheet disagree</source>
        <translation>celda %1: la fecha «%2» puede leerse de las dos maneras; se leyó %3, pero otras fechas de esta hoja no coinciden</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="156"/>
        <source>a service_at_location without its location; left out</source>
        <translation>un service_at_location sin su location; se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="158"/>
        <source>read the table &apos;%1&apos; inside the zip file</source>
        <translation>se leyó la tabla «%1» dentro del archivo zip</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="159"/>
        <source>the file is an .%1 workbook named %2; read as .%3</source>
        <translation>el archivo es un libro .%1 con nombre %2; se leyó como .%3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="160"/>
        <source>the file is an .%1 workbook without a name ending; read as .%2</source>
        <translation>el archivo es un libro .%1 sin extensión; se leyó como .%2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="161"/>
        <source>the file is a text table (CSV), not an .%1 workbook, although it is named %2; read as text</source>
        <translation>el archivo es una tabla de texto (CSV), no un libro .%1, aunque su nombre termina en %2; se leyó como texto</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="163"/>
        <source>sheet &apos;%1&apos;: %2 formula cells were saved without their values (the file was written by a program, not Excel); those values are missing. Open the file in Excel or LibreOffice, save it, and import it again to get them.</source>
        <translation>hoja «%1»: %2 celdas con fórmula se guardaron sin sus valores (el archivo lo escribió un programa, no Excel); faltan esos valores. Abra el archivo en Excel o LibreOffice, guárdelo e impórtelo de nuevo para obtenerlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="166"/>
        <source>sheet &apos;%1&apos;: column %2 (&apos;%3&apos;) was read as %4 from what it holds; if that is wrong, choose its field in the import wizard&apos;s column step.</source>
        <translation>hoja «%1»: la columna %2 («%3») se leyó como «%4» por lo que contiene; si no es correcto, elija su campo en el paso de columnas del asistente de importación.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="168"/>
        <source>sheet &apos;%1&apos;: services are grouped under heading rows that name their organisation (row %2: &apos;%3&apos;); each heading is read as the organisation of the rows under it that name none.</source>
        <translation>hoja «%1»: los servicios están agrupados bajo filas de encabezado que nombran su organización (fila %2: «%3»); cada encabezado se lee como la organización de las filas de debajo que no nombran ninguna.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="171"/>
        <source>sheet &apos;%1&apos;: the organisation is written once over the rows of its services (row %2 has none, under &apos;%3&apos;); a service row with no organisation right under another service is read as that one&apos;s organisation.</source>
        <translation>hoja «%1»: la organización se escribe una sola vez sobre las filas de sus servicios (la fila %2 no tiene, bajo «%3»); una fila de servicio sin organización justo debajo de otro servicio se lee con la organización de ese.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="174"/>
        <source>no organisation in row %1: read as &apos;%2&apos;, the organisation of the row above (the list writes each organisation once, over its services); if it is another one, write it in and import again</source>
        <translation>sin organización en la fila %1: se leyó como «%2», la organización de la fila de arriba (la lista escribe cada organización una sola vez, sobre sus servicios); si es otra, escríbala e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="177"/>
        <source>sheet &apos;%1&apos; holds tables side by side; each is read on its own, as %2</source>
        <translation>la hoja &apos;%1&apos; contiene tablas una al lado de otra; cada una se lee por separado, como %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="178"/>
        <source>sheet &apos;%1&apos; is a referral pathway kept as a grid (a row for each service type, a column for each of %2 organisations): each of its %3 cells that offers a service is read as a service of its column&apos;s organisation, on its service type&apos;s row</source>
        <translation>la hoja «%1» es una ruta de derivación llevada como cuadrícula (una fila por tipo de servicio, una columna para cada una de las %2 organizaciones): cada una de sus %3 celdas que ofrece un servicio se lee como un servicio de la organización de su columna, en la fila de su tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="182"/>
        <source>sheet &apos;%1&apos;: cell %2 (&apos;%3&apos;) refers people elsewhere or names no offer: no service of &apos;%4&apos; is read from it</source>
        <translation>hoja «%1»: la celda %2 («%3») deriva a otro lugar o no ofrece nada: no se lee de ella ningún servicio de «%4»</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="184"/>
        <source>sheet &apos;%1&apos; is a directory of blocks of &apos;label: value&apos; lines; each block is read as one service, on the row of its service line</source>
        <translation>la hoja &apos;%1&apos; es un directorio de bloques de líneas &apos;etiqueta: valor&apos;; cada bloque se lee como un servicio, en la fila de su línea de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="186"/>
        <source>the &apos;%1&apos; line of the service in row %2</source>
        <translation>la línea &apos;%1&apos; del servicio de la fila %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="187"/>
        <source>sheet &apos;%1&apos;: the service type codes (1, 2 …) were read with the legend on sheet &apos;%2&apos;</source>
        <translation>hoja &apos;%1&apos;: los códigos de tipo de servicio (1, 2 …) se leyeron con la leyenda de la hoja &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="189"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the line above its header names it (&apos;%2&apos;), for every row</source>
        <translation>hoja &apos;%1&apos;: ninguna columna nombra la organización; la línea sobre su encabezado la nombra (&apos;%2&apos;), para cada fila</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="191"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the workbook keeps one sheet per organisation, so each row&apos;s organisation is the sheet&apos;s name</source>
        <translation>hoja &apos;%1&apos;: ninguna columna nombra la organización; el libro tiene una hoja por organización, así que la organización de cada fila es el nombre de la hoja</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="193"/>
        <source>sheet &apos;%1&apos;: no column names the organisation: each service&apos;s organisation is read from its name (&apos;BRAC – Child Friendly Space&apos; gives BRAC), else is its name, and rows that name no service are left out. If a column holds the organisations, choose &apos;Organisation&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>hoja «%1»: ninguna columna nombra la organización: la organización de cada servicio se lee de su nombre («BRAC – Child Friendly Space» da BRAC) o, si no, es su nombre, y las filas que no nombran ningún servicio se dejan fuera. Si una columna contiene las organizaciones, elija «Organización» para ella en el paso de columnas del asistente de importación e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="198"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is typed from the sheet&apos;s name and its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>hoja «%1»: ninguna columna dice qué es cada servicio (un nombre de servicio, un tipo o una actividad): el tipo de cada servicio se lee del nombre de la hoja y de su texto. Si una columna contiene los servicios, elija «Service type(s)» para ella en el paso de columnas del asistente de importación e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="202"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is named from its first text and typed from all its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>hoja «%1»: ninguna columna dice qué es cada servicio (un nombre de servicio, un tipo o una actividad): cada servicio se nombra por su primer texto y su tipo se lee de todo su texto. Si una columna contiene los servicios, elija «Service type(s)» para ella en el paso de columnas del asistente de importación e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="206"/>
        <source>sheet &apos;%1&apos;: organisations are written as KoBo choice names (&apos;%2&apos; was read as &apos;%3&apos;). For the names as the form shows them, export the data again with labels (KoBoToolbox: Downloads › Value and header format › Labels), or correct them in the services panel.</source>
        <translation>hoja «%1»: las organizaciones están escritas como nombres de opción de KoBo («%2» se leyó como «%3»). Para tener los nombres como los muestra el formulario, exporte de nuevo los datos con etiquetas (KoBoToolbox: Downloads › Value and header format › Labels), o corríjalos en el panel de servicios.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="210"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written both day first (%3 in row %4) and month first (%5 in row %6).</source>
        <translation>hoja «%1», columna %2: las fechas están escritas a la vez con el día primero (%3 en la fila %4) y con el mes primero (%5 en la fila %6).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="212"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written month first (%3 in row %4), but this project reads dates %5.</source>
        <translation>hoja «%1», columna %2: las fechas están escritas con el mes primero (%3 en la fila %4), pero este proyecto lee las fechas %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="214"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written day first (%3 in row %4), but this project reads dates %5.</source>
        <translation>hoja «%1», columna %2: las fechas están escritas con el día primero (%3 en la fila %4), pero este proyecto lee las fechas %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="216"/>
        <source>%1 date that could be read either way (such as %2 in row %3) was read %4; check it, or import again with the other date order.</source>
        <translation>%1 fecha que podía leerse de las dos maneras (como %2 en la fila %3) se leyó %4; compruébela o importe de nuevo con el otro orden de fecha.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="218"/>
        <source>%1 dates that could be read either way (such as %2 in row %3) were read %4; check them, or import again with the other date order.</source>
        <translation>%1 fechas que podían leerse de las dos maneras (como %2 en la fila %3) se leyeron %4; compruébelas o importe de nuevo con el otro orden de fecha.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="220"/>
        <source>%1 active services imported earlier from &apos;%2&apos; are not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>%1 servicios activos importados antes desde «%2» no están en esta versión del archivo: %3. Se dejaron como estaban; si alguno cerró o se trasladó, cambie su estado o elimínelo en el panel de servicios, para que las rutas de derivación dejen de remitir personas a él.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="224"/>
        <source>%1 active service imported earlier from &apos;%2&apos; is not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>%1 servicio activo importado antes desde «%2» no está en esta versión del archivo: %3. Se dejó como estaba; si cerró o se trasladó, cambie su estado o elimínelo en el panel de servicios, para que las rutas de derivación dejen de remitir personas a él.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="228"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not these: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>esta lista vuelve a tener %1 de los %2 servicios activos importados antes desde «%3», pero no estos: %4. Se dejaron como estaban; si alguno cerró o se trasladó, cambie su estado o elimínelo en el panel de servicios, para que las rutas de derivación dejen de remitir personas a él. (Si esta lista no es una versión más reciente de «%3», no hay nada que hacer.)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="233"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not this one: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>esta lista vuelve a tener %1 de los %2 servicios activos importados antes desde «%3», pero no este: %4. Se dejó como estaba; si cerró o se trasladó, cambie su estado o elimínelo en el panel de servicios, para que las rutas de derivación dejen de remitir personas a él. (Si esta lista no es una versión más reciente de «%3», no hay nada que hacer.)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="238"/>
        <source>%1 of the %2 sites with a point lie outside every area of the project&apos;s boundaries: they are on the map, but in no area&apos;s gaps or pathways. Is the list for another country, or meant for another project?</source>
        <translation>%1 de los %2 sitios con punto están fuera de todas las zonas de los límites del proyecto: están en el mapa, pero no en las brechas ni en las rutas de derivación de ninguna zona. ¿Es la lista de otro país, o es para otro proyecto?</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="247"/>
        <source>type column</source>
        <extracomment>The words the importers put into their sentences (not the list&apos;s own text): where a type was read from (importers.service_types.CONFIDENCE), a point&apos;s slip (importers.point_fixes.SLIPS), a date order, a bidirectional control (directory.safe_text.BIDI_NAMES), a place in a sheet, a longer list.</extracomment>
        <translation>la columna de tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="248"/>
        <source>service name</source>
        <translation>el nombre del servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="249"/>
        <source>activity</source>
        <translation>la actividad</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="250"/>
        <source>sub-sector</source>
        <translation>el subsector</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="251"/>
        <source>sector</source>
        <translation>el sector</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="252"/>
        <source>description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="253"/>
        <source>organisation</source>
        <translation>la organización</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="254"/>
        <source>person</source>
        <translation>lo que indicó una persona</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="255"/>
        <source>latitude and longitude were swapped</source>
        <translation>la latitud y la longitud estaban intercambiadas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="256"/>
        <source>the longitude had lost its minus sign (west of Greenwich)</source>
        <translation>la longitud había perdido su signo menos (al oeste de Greenwich)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="257"/>
        <source>the latitude had lost its minus sign (south of the equator)</source>
        <translation>la latitud había perdido su signo menos (al sur del ecuador)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="258"/>
        <source>the latitude and longitude had lost their minus signs</source>
        <translation>la latitud y la longitud habían perdido su signo menos</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="259"/>
        <source>latitude and longitude were swapped, and the longitude had lost its minus sign</source>
        <translation>la latitud y la longitud estaban intercambiadas, y la longitud había perdido su signo menos</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="261"/>
        <source>latitude and longitude were swapped, and the latitude had lost its minus sign</source>
        <translation>la latitud y la longitud estaban intercambiadas, y la latitud había perdido su signo menos</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="262"/>
        <source>latitude and longitude were swapped, and had lost their minus signs</source>
        <translation>la latitud y la longitud estaban intercambiadas, y habían perdido su signo menos</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="263"/>
        <source>day first</source>
        <translation>con el día primero</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="264"/>
        <source>month first</source>
        <translation>con el mes primero</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="265"/>
        <source>left-to-right embedding (U+202A)</source>
        <translation>una incrustación de izquierda a derecha (U+202A)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="266"/>
        <source>right-to-left embedding (U+202B)</source>
        <translation>una incrustación de derecha a izquierda (U+202B)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="267"/>
        <source>pop directional formatting (U+202C)</source>
        <translation>un fin de formato direccional (U+202C)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="268"/>
        <source>left-to-right override (U+202D)</source>
        <translation>un forzado de izquierda a derecha (U+202D)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="269"/>
        <source>right-to-left override (U+202E)</source>
        <translation>un forzado de derecha a izquierda (U+202E)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="270"/>
        <source>left-to-right isolate (U+2066)</source>
        <translation>un aislamiento de izquierda a derecha (U+2066)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="271"/>
        <source>right-to-left isolate (U+2067)</source>
        <translation>un aislamiento de derecha a izquierda (U+2067)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="272"/>
        <source>first strong isolate (U+2068)</source>
        <translation>un aislamiento según el primer carácter fuerte (U+2068)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="273"/>
        <source>pop directional isolate (U+2069)</source>
        <translation>un fin de aislamiento direccional (U+2069)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="274"/>
        <source>cell %1</source>
        <translation>la celda %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="275"/>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="279"/>
        <source>(row %1)</source>
        <extracomment>Where the services a sentence names are, and how many it did not name (importers.shared_places).</extracomment>
        <translation>(fila %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="280"/>
        <source>(sheet &apos;%1&apos; row %2)</source>
        <translation>(hoja «%1» fila %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="281"/>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="453"/>
        <source>%1; %2</source>
        <extracomment>Two messages of one row side by side, as the language separates them (&quot;%1 ; %2&quot; in French).</extracomment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="372"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="376"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="454"/>
        <source>The import failed: {0}</source>
        <translation>La importación falló: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="378"/>
        <source>Review locations…</source>
        <translation>Revisar las ubicaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="383"/>
        <source>Service types…</source>
        <translation>Tipos de servicio…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="384"/>
        <source>Give the services without a type their types</source>
        <translation>Asignar sus tipos a los servicios que no lo tienen</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="416"/>
        <source>Imported. Placing the new sites on the map by name…</source>
        <translation>Importado. Colocando los sitios nuevos en el mapa por su nombre…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="423"/>
        <source>%n service(s) of this list have no type: see %1 to give them types.</source>
        <translation>
            <numerusform>%n servicio de esta lista no tiene tipo: vea %1 para asignárselo.</numerusform>
            <numerusform>%n servicios de esta lista no tienen tipo: vea %1 para asignárselos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="436"/>
        <source>Imported. Of the %1 sites of this list, %2 had coordinates and %3 were placed on the map by name; %4 wait for review.</source>
        <translation>Importado. De los %1 sitios de esta lista, %2 tenían coordenadas y %3 se colocaron en el mapa por su nombre; %4 esperan revisión.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="447"/>
        <source>Imported. The sites were not placed on the map (%1); Tools › Review locations › Run the geocoder places them.</source>
        <translation>Importado. Los sitios no se colocaron en el mapa (%1); Herramientas › Revisar las ubicaciones › Ejecutar el geocodificador los coloca.</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="34"/>
        <source>Columns it reads</source>
        <translation>Columnas que lee</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="40"/>
        <location filename="../../desktop/importing/profiles.py" line="46"/>
        <location filename="../../desktop/importing/profiles.py" line="128"/>
        <source>Saved import profiles</source>
        <translation>Perfiles de importación guardados</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="54"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="56"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="89"/>
        <source>Open a project to see its saved import profiles.</source>
        <translation>Abra un proyecto para ver sus perfiles de importación guardados.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="91"/>
        <source>No import profiles saved yet. One is saved for each sheet layout you import.</source>
        <translation>Todavía no hay perfiles de importación guardados. Se guarda uno por cada disposición de hoja que importe.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="93"/>
        <source>A profile is applied by itself to the next file whose columns are laid out the same way. Delete one to have ServiceMap guess the columns again.</source>
        <translation>Un perfil se aplica solo al siguiente archivo cuyas columnas tengan la misma disposición. Elimínelo para que ServiceMap vuelva a adivinar las columnas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Rename the profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="144"/>
        <source>Delete the profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="145"/>
        <source>Delete the profile &apos;{0}&apos;? The next file with this layout will have its columns guessed again.</source>
        <translation>¿Eliminar el perfil «{0}»? Las columnas del próximo archivo con esta disposición se volverán a adivinar.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="19"/>
        <source>Reading %1</source>
        <extracomment>Every progress message of an import and of the placing of its sites, as a Qt template.</extracomment>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="20"/>
        <source>%1: row %2 of %3</source>
        <translation>%1: fila %2 de %3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="21"/>
        <source>Matching with the services already in the project</source>
        <translation>Cotejando con los servicios que ya están en el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="22"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="23"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="24"/>
        <source>Loading the gazetteer</source>
        <translation>Cargando el nomenclátor</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="25"/>
        <source>Placing site %1 of %2</source>
        <translation>Ubicando el sitio %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="26"/>
        <source>Waiting for another ServiceMap to finish: %1 by %2 on %3, since %4</source>
        <translation>Esperando a que termine otro ServiceMap: %1 de %2 en %3, desde las %4</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="199"/>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="205"/>
        <source>Search the messages…</source>
        <translation>Buscar en los mensajes…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="207"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="233"/>
        <source>
Skipped sheet &apos;{0}&apos;: {1}</source>
        <translation>
Hoja omitida «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="246"/>
        <source>Export the import report</source>
        <translation>Exportar el informe de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="247"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Libro de Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="204"/>
        <source>Search the messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="210"/>
        <source>Rows of the import</source>
        <translation>Filas de la importación</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="37"/>
        <source>imported</source>
        <extracomment>Each row status as the report shows it (the importers, the CLI and the exported report keep the codes).</extracomment>
        <translation>importada</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="38"/>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="39"/>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="40"/>
        <source>not-a-service</source>
        <translation>no es un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="41"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="497"/>
        <source>Import a service list</source>
        <translation>Importar una lista de servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="602"/>
        <location filename="../../desktop/importing/wizard.py" line="693"/>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="632"/>
        <source>chosen for this project</source>
        <translation>elegido para este proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="633"/>
        <source>usual in {0}</source>
        <translation>habitual en {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="733"/>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Open or create a project first.</source>
        <translation>Abra o cree primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Saved import profiles</source>
        <translation>Perfiles de importación guardados</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>The import of %1</source>
        <translation>La importación de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="581"/>
        <location filename="../../desktop/importing/wizard.py" line="696"/>
        <source>The list could not be read: {0}</source>
        <translation>No se pudo leer la lista: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>Placing the sites of %1 on the map</source>
        <translation>Colocando los sitios de %1 en el mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="772"/>
        <source>Cancelled. The import of %1 was rolled back: nothing from it was written to the project.</source>
        <translation>Cancelado. La importación de %1 se deshizo: no se escribió nada de ella en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="774"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="775"/>
        <source>%1 was imported; placing its sites on the map was stopped, and nothing was placed.</source>
        <translation>%1 se importó; se detuvo la colocación de sus sitios en el mapa y no se colocó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="795"/>
        <source>nothing was imported</source>
        <translation>no se importó nada</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="827"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="22"/>
        <source>&amp;Language</source>
        <extracomment>(code, the language&apos;s own name); &quot;&quot; follows the system&apos;s language.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="27"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="47"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="48"/>
        <source>%1 will be used the next time ServiceMap starts. Close ServiceMap and open it again to change the language now.</source>
        <translation>Se usará %1 la próxima vez que se inicie ServiceMap. Cierre ServiceMap y vuelva a abrirlo para cambiar el idioma ahora.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="83"/>
        <location filename="../../desktop/window/main_window.py" line="84"/>
        <source>Drawing the map…</source>
        <extracomment>Sent with the newly opened project, or None when it is closed.</extracomment>
        <translation>Dibujando el mapa…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="111"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="113"/>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="116"/>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="123"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="131"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Ajustar el mapa a la selección</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="133"/>
        <source>Zoom map to &amp;all services</source>
        <translation>Ajustar el mapa a &amp;todos los servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="144"/>
        <location filename="../../desktop/window/panels.py" line="78"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="154"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;Acerca de ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="173"/>
        <source>Clear the list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>Proyectos de ServiceMap (*.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="233"/>
        <source>Project not found</source>
        <translation>No se encuentra el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="254"/>
        <source>A project is still being opened; open %1 when it is open.</source>
        <translation>Todavía se está abriendo un proyecto; abra %1 cuando esté abierto.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="283"/>
        <source>Opening project</source>
        <translation>Abriendo el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="304"/>
        <location filename="../../desktop/window/main_window.py" line="308"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="309"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2. Compruebe el archivo y sus permisos.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="397"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %2 servicios en %3 sitios, %4 en el mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="402"/>
        <source>country %1</source>
        <translation>país %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="440"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>El servicio en el que hizo clic en el mapa está oculto por la búsqueda o por el filtro de tipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="377"/>
        <source>Coverage gaps</source>
        <translation>Brechas de cobertura</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="153"/>
        <source>&amp;Check this installation…</source>
        <translation>&amp;Comprobar esta instalación…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="108"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="110"/>
        <source>Open the &amp;demo project</source>
        <translation>Abrir el proyecto de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="212"/>
        <source>Building the demo project</source>
        <translation>Construyendo el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="225"/>
        <source>Open the demo project</source>
        <translation>Abrir el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="234"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File › Open project… from its new place.</source>
        <translation>%1: el archivo ya no está ahí. Se movió, se renombró o se eliminó; ábralo desde su nueva ubicación con Archivo › Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="359"/>
        <source>Close project</source>
        <translation>Cerrar el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="360"/>
        <source>%1 is still running. Cancel it and close the project?</source>
        <translation>%1 sigue en curso. ¿Cancelarlo y cerrar el proyecto?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="383"/>
        <source>No project open. Create one, open the demo, or open a project.</source>
        <translation>Ningún proyecto abierto. Cree uno, abra la demostración o abra un proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="391"/>
        <source>%1 of %2 services shown</source>
        <translation>%1 de %2 servicios mostrados</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>Quit ServiceMap</source>
        <translation>Salir de ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>%1 is still running. Cancel it and quit?</source>
        <translation>%1 sigue en curso. ¿Cancelarlo y salir?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/map/words.py" line="12"/>
        <source>Service map</source>
        <translation>Mapa de servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="13"/>
        <source>Confidential service – contact through case management</source>
        <translation>Servicio confidencial – contacto a través de la gestión de casos</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="14"/>
        <source>Confidential service (shown at the centre of its area)</source>
        <translation>Servicio confidencial (mostrado en el centro de su zona)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="15"/>
        <source>Service type not given</source>
        <translation>Tipo de servicio no indicado</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="16"/>
        <location filename="../../desktop/map/words.py" line="23"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="17"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="18"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="19"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="20"/>
        <source>{n} services have no location and are not on the map</source>
        <translation>{n} servicios no tienen ubicación y no están en el mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="21"/>
        <source>1 service has no location and is not on the map</source>
        <translation>1 servicio no tiene ubicación y no está en el mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="22"/>
        <source>{n} services here: zoom in to see them</source>
        <translation>{n} servicios aquí: acerque el mapa para verlos</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="24"/>
        <source>Area names</source>
        <translation>Nombres de las zonas</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="25"/>
        <location filename="../../desktop/window/panels.py" line="136"/>
        <source>Admin level {level}</source>
        <translation>Nivel administrativo {level}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="26"/>
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map/view.py" line="225"/>
        <source>The map could not be drawn: %1</source>
        <translation>No se pudo dibujar el mapa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="231"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>No se pudo cargar la página del mapa desde %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="241"/>
        <source>The map page did not finish drawing.</source>
        <translation>La página del mapa no terminó de dibujarse.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="273"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="278"/>
        <location filename="../../desktop/importing/wizard.py" line="284"/>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="279"/>
        <source>Check the fields ServiceMap chose; change any that are wrong. The mapping is remembered for the next file with the same columns.</source>
        <translation>Compruebe los campos que eligió ServiceMap y cambie los que estén mal. La correspondencia se recuerda para el próximo archivo con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="292"/>
        <source>Saved profiles…</source>
        <translation>Perfiles guardados…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="293"/>
        <source>See, rename or delete the column mappings ServiceMap remembers</source>
        <translation>Ver, renombrar o eliminar las correspondencias de columnas que ServiceMap recuerda</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="327"/>
        <source>Field of column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="36"/>
        <source>Merge another list</source>
        <translation>Fusionar otra lista</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="39"/>
        <source>Choose a project or list…</source>
        <translation>Elegir un proyecto o una lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="41"/>
        <source>Choose another ServiceMap project (.gpkg) or a partner&apos;s list to merge into this project.</source>
        <translation>Elija otro proyecto de ServiceMap (.gpkg) o la lista de un socio para fusionarla con este proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Ours</source>
        <translation>Nuestro valor</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Theirs</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Keep all ours</source>
        <translation>Conservar todos nuestros valores</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Take all theirs</source>
        <translation>Tomar todos sus valores</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="48"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="62"/>
        <source>Choose the project or list to merge</source>
        <translation>Elegir el proyecto o la lista que fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="70"/>
        <source>Reading and matching %1…</source>
        <translation>Leyendo y emparejando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="91"/>
        <source>It shares no history with this project, so ServiceMap cannot tell who changed a value: every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>No comparte historial con este proyecto, así que ServiceMap no puede saber quién cambió un valor: cada valor distinto es un conflicto; se conserva el nuestro salvo que elija el suyo.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="94"/>
        <source>A list has no history to compare with, so every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>Una lista no tiene historial con el que comparar, así que cada valor distinto es un conflicto; se conserva el nuestro salvo que elija el suyo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="97"/>
        <source>%n service(s) added in both copies since they parted are taken as one, not added twice.</source>
        <translation>
            <numerusform>%n servicio añadido en ambas copias desde que se separaron se toma como uno solo, no se añade dos veces.</numerusform>
            <numerusform>%n servicios añadidos en ambas copias desde que se separaron se toman cada uno como uno solo, no se añaden dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="130"/>
        <source>deleted on one side, changed on the other</source>
        <translation>eliminado en un lado, cambiado en el otro</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="135"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="136"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="142"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>service deleted in their copy</source>
        <translation>servicio eliminado en su copia</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>in this project</source>
        <translation>en este proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="146"/>
        <source>%1 (only they changed it)</source>
        <translation>%1 (solo ellos lo cambiaron)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="153"/>
        <source>The merge failed: %1</source>
        <translation>La fusión falló: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="184"/>
        <source>Merged. Choose another project or list to merge more.</source>
        <translation>Fusión hecha. Elija otro proyecto u otra lista para seguir fusionando.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Values that differ</source>
        <translation>Valores que difieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="80"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n new service(s)</source>
        <translation>
            <numerusform>%n servicio nuevo</numerusform>
            <numerusform>%n servicios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="81"/>
        <source>%n value(s) changed only there (taken)</source>
        <translation>
            <numerusform>%n valor cambiado solo allí (tomado)</numerusform>
            <numerusform>%n valores cambiados solo allí (tomados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="82"/>
        <source>%n conflict(s) (changed on both sides)</source>
        <translation>
            <numerusform>%n conflicto (cambiado en ambos lados)</numerusform>
            <numerusform>%n conflictos (cambiados en ambos lados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="83"/>
        <source>%n service(s) deleted there (deleted here too unless you keep them)</source>
        <translation>
            <numerusform>%n servicio eliminado allí (se elimina aquí también salvo que lo conserve)</numerusform>
            <numerusform>%n servicios eliminados allí (se eliminan aquí también salvo que los conserve)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="84"/>
        <source>%1 is a copy of this project: %2.</source>
        <translation>%1 es una copia de este proyecto: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n matched</source>
        <translation>
            <numerusform>%n emparejado</numerusform>
            <numerusform>%n emparejados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n value(s) to fill in</source>
        <translation>
            <numerusform>%n valor por completar</numerusform>
            <numerusform>%n valores por completar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="88"/>
        <source>%1: %2. Choose which value to keep for each conflict.</source>
        <translation>%1: %2. Elija qué valor conservar en cada conflicto.</translation>
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
            <numerusform>%n servicio pasará a ser confidencial, como lo marca el socio.</numerusform>
            <numerusform>%n servicios pasarán a ser confidenciales, como los marca el socio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="171"/>
        <source>Merging %1…</source>
        <translation>Fusionando %1…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/window/new_project.py" line="39"/>
        <location filename="../../desktop/window/new_project.py" line="208"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="50"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="51"/>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="52"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="53"/>
        <source>OCHA COD-AB or geoBoundaries admin boundaries: GeoJSON, GeoPackage, Shapefile, a .zip, or the folder of an unzipped download.</source>
        <translation>Límites administrativos OCHA COD-AB o geoBoundaries: GeoJSON, GeoPackage, Shapefile, un .zip o la carpeta de una descarga descomprimida.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="57"/>
        <source>For example</source>
        <translation>Por ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="65"/>
        <source>Double-click a name under “Called” to change it</source>
        <translation>Haga doble clic en un nombre bajo «Llamado» para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="67"/>
        <source>read from the boundaries (e.g. BGD)</source>
        <translation>leído de los límites (p. ej. BGD)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="73"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="79"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="92"/>
        <source>1. Admin boundaries</source>
        <translation>1. Límites administrativos</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="96"/>
        <source>2. Levels found</source>
        <translation>2. Niveles encontrados</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="99"/>
        <location filename="../../desktop/window/new_project.py" line="242"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="102"/>
        <source>3. The project file</source>
        <translation>3. El archivo del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="120"/>
        <source>Choose the boundary files</source>
        <translation>Elegir los archivos de límites</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="125"/>
        <source>Choose the folder of boundary files</source>
        <translation>Elegir la carpeta de los archivos de límites</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="160"/>
        <source>Reading the boundaries…</source>
        <translation>Leyendo los límites…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="170"/>
        <source>Admin level %1</source>
        <translation>Nivel administrativo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/new_project.py" line="183"/>
        <source>%n level(s) found. Say what each level is called, then Create.</source>
        <translation>
            <numerusform>%n nivel encontrado. Indique cómo se llama y luego Crear.</numerusform>
            <numerusform>%n niveles encontrados. Indique cómo se llama cada nivel y luego Crear.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="195"/>
        <source>Save the new project as</source>
        <translation>Guardar el nuevo proyecto como</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="197"/>
        <source>ServiceMap projects (*.gpkg)</source>
        <translation>Proyectos de ServiceMap (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="209"/>
        <source>%1 is already there. Replace it? Everything in it will be lost.</source>
        <translation>%1 ya existe. ¿Reemplazarlo? Se perderá todo su contenido.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="218"/>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Project file</source>
        <translation>Archivo del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
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
        <source>Service &amp;types…</source>
        <translation>&amp;Tipos de servicio…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="40"/>
        <source>&amp;Merge another list…</source>
        <translation>&amp;Fusionar otra lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="41"/>
        <source>&amp;Export the directory…</source>
        <translation>&amp;Exportar el directorio…</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="69"/>
        <location filename="../../desktop/pathways/panel.py" line="305"/>
        <source>Referral pathways</source>
        <extracomment>Areas drawn in the preview; printing and export take every chosen area.</extracomment>
        <translation>Rutas de derivación</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="81"/>
        <source>Filter areas…</source>
        <translation>Filtrar áreas…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="101"/>
        <source>Save steps</source>
        <translation>Guardar los pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="103"/>
        <source>Reset to default</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="105"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="107"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="121"/>
        <source>Admin level</source>
        <translation>Nivel administrativo</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Concern</source>
        <translation>Problemática</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="123"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="264"/>
        <source>Tick one or more areas to see their pathway.</source>
        <translation>Marque una o más áreas para ver su ruta.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="300"/>
        <source>%1 area(s) shown; %2 services not verified recently are marked.</source>
        <translation>%1 área(s) mostrada(s); se marcan los %2 servicios no verificados recientemente.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="313"/>
        <source>Steps saved in the project.</source>
        <translation>Pasos guardados en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="378"/>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <location filename="../../desktop/pathways/panel.py" line="398"/>
        <location filename="../../desktop/pathways/panel.py" line="420"/>
        <source>Export pathways</source>
        <translation>Exportar las rutas</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <source>Tick the areas to export first.</source>
        <translation>Marque primero las áreas que desea exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="418"/>
        <location filename="../../desktop/pathways/panel.py" line="437"/>
        <source>Not exported.</source>
        <translation>No exportado.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="421"/>
        <source>Could not write %1: %2. If another program has the file open, close it; or choose another name or folder.</source>
        <translation>No se pudo escribir %1: %2. Si otro programa tiene el archivo abierto, ciérrelo; o elija otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="427"/>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="432"/>
        <source>The export of the pathways</source>
        <translation>La exportación de las rutas de derivación</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="438"/>
        <source>The export of the pathways was stopped; no file was written.</source>
        <translation>Se detuvo la exportación de las rutas de derivación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="80"/>
        <source>Filter areas</source>
        <translation>Filtrar las zonas</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="84"/>
        <source>Areas to print</source>
        <translation>Zonas a imprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="137"/>
        <source>Areas and options</source>
        <translation>Zonas y opciones</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="138"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="337"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>The pathway could not be printed. Check the printer, or print to a PDF file.</source>
        <translation>La ruta no se pudo imprimir. Revise la impresora o imprima a un archivo PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="399"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="401"/>
        <source>Preparing %1 pathway(s)…</source>
        <translation>Preparando %1 ruta(s)…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="151"/>
        <source>The table ServiceMap found</source>
        <translation>La tabla que encontró ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Make a list from this grid…</source>
        <translation>Hacer una lista a partir de esta cuadrícula…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>Write a list with a row for each organisation of each cell, and import that</source>
        <translation>Escribir una lista con una fila para cada organización de cada celda, e importar esa</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="215"/>
        <source>This sheet will be skipped: {0}</source>
        <translation>Esta hoja se omitirá: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="217"/>
        <source>, HXL tags on row {0}</source>
        <translation>, etiquetas HXL en la fila {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="218"/>
        <source>Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.</source>
        <translation>Encabezado en la fila {0}{1}; servicios desde la fila {2}. Azul: encabezado, gris: etiquetas, verde: datos.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="224"/>
        <source>Save the list made from the grid</source>
        <translation>Guardar la lista hecha a partir de la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="226"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="236"/>
        <source>The list could not be written: {0}</source>
        <translation>No se pudo escribir la lista: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="239"/>
        <source>%Ln cell(s) saying no one offers the service there</source>
        <translation>
            <numerusform>%Ln celda que dice que nadie ofrece el servicio allí</numerusform>
            <numerusform>%Ln celdas que dicen que nadie ofrece el servicio allí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="240"/>
        <source>%Ln cell(s) pointing to another place&apos;s cell</source>
        <translation>
            <numerusform>%Ln celda que remite a la celda de otro lugar</numerusform>
            <numerusform>%Ln celdas que remiten a la celda de otro lugar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="241"/>
        <source>%Ln provider(s) not confirmed</source>
        <translation>
            <numerusform>%Ln proveedor sin confirmar</numerusform>
            <numerusform>%Ln proveedores sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="243"/>
        <source>Made from the grid of {0}: {1} services in {2}, each row naming the cell it came from.</source>
        <translation>Hecha a partir de la cuadrícula de {0}: {1} servicios en {2}, cada fila indica la celda de la que viene.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="246"/>
        <source>Left out: {0}.</source>
        <translation>Omitido: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="247"/>
        <source>Check the list if you wish, then click Next.</source>
        <translation>Revise la lista si lo desea y luego haga clic en Siguiente.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="164"/>
        <source>The sheet&apos;s first rows</source>
        <translation>Las primeras filas de la hoja</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="31"/>
        <source>Rows to look at</source>
        <translation>Filas por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="32"/>
        <source>Every row that will not be imported as it is, and why. Nothing is written yet.</source>
        <translation>Cada fila que no se importará tal cual, y por qué. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="36"/>
        <source>Show every row</source>
        <translation>Mostrar todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="37"/>
        <source>List the rows imported without a remark too, to mark any of them confidential</source>
        <translation>Mostrar también las filas importadas sin observaciones, para poder marcar cualquiera como confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="41"/>
        <source>Not confidential</source>
        <translation>No confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="42"/>
        <source>The selected rows were marked confidential because of their words (&quot;safe house&quot;); import them as ordinary services instead</source>
        <translation>Las filas seleccionadas se marcaron como confidenciales por sus palabras («casa segura»); importarlas como servicios normales</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="45"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="46"/>
        <source>Keep the location of the selected rows&apos; services inside the project (a safe house its words do not name)</source>
        <translation>Mantener dentro del proyecto la ubicación de los servicios de las filas seleccionadas (una casa segura que sus palabras no nombran)</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../desktop/review/queue.py" line="52"/>
        <source>Review locations</source>
        <translation>Revisar ubicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="74"/>
        <source>Run the geocoder</source>
        <translation>Ejecutar la geocodificación</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="77"/>
        <source>Accept all ≥</source>
        <translation>Aceptar todo ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>As typed</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Accept (Enter)</source>
        <translation>Aceptar (Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Reject (Del)</source>
        <translation>Rechazar (Supr)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="100"/>
        <source>Place on the map (P)</source>
        <translation>Colocar en el mapa (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="101"/>
        <source>Skip (S)</source>
        <translation>Omitir (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="162"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="169"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>%n sitio por revisar</numerusform>
            <numerusform>%n sitios por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>Nothing to review.</source>
        <translation>Nada que revisar.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>No project open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="192"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="193"/>
        <source>As typed: %1</source>
        <translation>Tal como se escribió: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="195"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="275"/>
        <source>Click on the map where the site is.</source>
        <translation>Haga clic en el mapa donde está el sitio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="294"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>%n ubicación aceptada.</numerusform>
            <numerusform>%n ubicaciones aceptadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="308"/>
        <source>Placed %1 sites.</source>
        <translation>%1 sitios ubicados.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="312"/>
        <source>Geocoding failed</source>
        <translation>La geocodificación falló</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Confidence for Accept all</source>
        <translation>Confianza para Aceptar todo</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="83"/>
        <source>Sites to review</source>
        <translation>Sitios a revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="95"/>
        <source>Places it may be</source>
        <translation>Lugares posibles</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="211"/>
        <source>Current location</source>
        <translation>Ubicación actual</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="40"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="41"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="42"/>
        <source>defunct</source>
        <translation>cerrado definitivamente</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="43"/>
        <source>temporarily closed</source>
        <translation>cerrado temporalmente</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="78"/>
        <source>Edit service</source>
        <translation>Editar el servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Women and girls</source>
        <translation>Mujeres y niñas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="104"/>
        <source>Men and boys</source>
        <translation>Hombres y niños</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="111"/>
        <source>Bangla, English, Chakma … or bn, en, ccp</source>
        <translation>bengalí, inglés, chakma … o bn, en, ccp</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="113"/>
        <source>01712-555123, +90 531 245 67 89 (WhatsApp)</source>
        <translation>01712-555123, +90 531 245 67 89 (WhatsApp)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="119"/>
        <source>Confidential (a safe house: never shown at its point)</source>
        <translation>Confidencial (casa segura: nunca se muestra en su punto)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="136"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="138"/>
        <location filename="../../desktop/curation/service_editor.py" line="157"/>
        <location filename="../../desktop/curation/service_editor.py" line="160"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="139"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="140"/>
        <source>Service types</source>
        <translation>Tipos de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="141"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="142"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="143"/>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="144"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="145"/>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="146"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="147"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="148"/>
        <source>Referral method</source>
        <translation>Método de derivación</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="149"/>
        <source>Intake criteria</source>
        <translation>Criterios de admisión</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="156"/>
        <source>Organisation (renaming it renames it for all its services)</source>
        <translation>Organización (cambiarle el nombre lo cambia en todos sus servicios)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="158"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="161"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="162"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="163"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="295"/>
        <source>No type chosen yet; kept so.</source>
        <translation>Aún no se eligió ningún tipo; se deja así.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="297"/>
        <source>Empty; kept as it is.</source>
        <translation>Vacío; se deja tal cual.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="299"/>
        <source>Not recognised, kept as it is: %1</source>
        <translation>No reconocido, se deja tal cual: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="330"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="333"/>
        <source>One other service is at this place (%1): its point shows it on maps and pathways. Mark it confidential too, or move it.</source>
        <translation>Otro servicio está en este lugar (%1): su punto lo muestra en los mapas y las rutas de remisión. Márquelo también como confidencial, o muévalo.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="335"/>
        <source>Mark it confidential too</source>
        <translation>Marcarlo también como confidencial</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="337"/>
        <source>%n other services are at this place (%1): their points show it on maps and pathways. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>%n servicio más está en este lugar (%1): su punto lo muestra en los mapas y las rutas de remisión. Márquelo también como confidencial, o muévalo.</numerusform>
            <numerusform>%n servicios más están en este lugar (%1): sus puntos lo muestran en los mapas y las rutas de remisión. Márquelos también como confidenciales, o muévalos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="339"/>
        <source>Mark these %n services confidential too</source>
        <translation>
            <numerusform>Marcar también este servicio como confidencial (%n)</numerusform>
            <numerusform>Marcar también estos %n servicios como confidenciales</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same site</source>
        <translation>el mismo sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same point</source>
        <translation>el mismo punto</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same address</source>
        <translation>la misma dirección</translation>
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
        <location filename="../../desktop/coverage/type_list.py" line="52"/>
        <source>Tick the service types to analyse. Double-click “Within” to set a threshold for one type (e.g. 5km or 45min); leave it blank for the type&apos;s default.</source>
        <translation>Marque los tipos de servicio que quiere analizar. Haga doble clic en «Dentro de» para fijar el umbral de un tipo (p. ej., 5km o 45min); déjelo vacío para usar el umbral predeterminado del tipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="36"/>
        <source>Service types to analyse</source>
        <translation>Tipos de servicio a analizar</translation>
    </message>
</context>
<context>
    <name>ServiceTypesDialog</name>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="47"/>
        <location filename="../../desktop/curation/types_dialog.py" line="230"/>
        <source>Service types</source>
        <translation>Tipos de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="53"/>
        <source>The services of this project that have no type (or an unsure one), by the text their list gave. Tick the types each text means, then “Teach and re-type”: the project keeps your answers for its next imports, and these services get their types. A type a person chose is never changed.</source>
        <translation>Los servicios de este proyecto sin tipo (o con un tipo dudoso), según el texto que daba su lista. Marque los tipos que significa cada texto y luego «Enseñar y reasignar tipos»: el proyecto guarda sus respuestas para las próximas importaciones y estos servicios reciben sus tipos. Nunca se cambia un tipo que eligió una persona.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="69"/>
        <source>Mark them confidential too</source>
        <translation>Marcarlos también como confidenciales</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="72"/>
        <source>Teach and re-type</source>
        <translation>Enseñar y reasignar tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="112"/>
        <source>Open or create a project first.</source>
        <translation>Abra o cree primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="114"/>
        <source>Finding the services without a type…</source>
        <translation>Buscando los servicios sin tipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="119"/>
        <source>Every service has a type ServiceMap is sure of.</source>
        <translation>Todos los servicios tienen un tipo del que ServiceMap está seguro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="128"/>
        <source>Teaching %n text(s) and re-typing the services…</source>
        <translation>
            <numerusform>Enseñando %n texto y reasignando los tipos de los servicios…</numerusform>
            <numerusform>Enseñando %n textos y reasignando los tipos de los servicios…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="135"/>
        <source>Taught %1 text(s); %2 service(s) got new types; %3 still have none.</source>
        <translation>%1 texto(s) enseñado(s); %2 servicio(s) recibieron tipos nuevos; %3 siguen sin tipo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="168"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="171"/>
        <source>1 service became confidential (a safe shelter), but other services at its place still show it on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>1 servicio pasó a ser confidencial (un refugio seguro), pero otros servicios en su lugar aún lo muestran en los mapas y las rutas de remisión: %1. Márquelos también como confidenciales, o muévalos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="174"/>
        <source>%n services became confidential (safe shelters), but other services at their places still show them on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>%n servicio pasó a ser confidencial (un refugio seguro), pero otros servicios en su lugar aún lo muestran en los mapas y las rutas de remisión: %1. Márquelos también como confidenciales, o muévalos.</numerusform>
            <numerusform>%n servicios pasaron a ser confidenciales (refugios seguros), pero otros servicios en sus lugares aún los muestran en los mapas y las rutas de remisión: %1. Márquelos también como confidenciales, o muévalos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="185"/>
        <source>Mark confidential: at the place of a safe shelter</source>
        <translation>Marcado como confidencial: en el lugar de un refugio seguro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="194"/>
        <source>Marked %n service(s) confidential.</source>
        <translation>
            <numerusform>%n servicio marcado como confidencial.</numerusform>
            <numerusform>%n servicios marcados como confidenciales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="220"/>
        <source>Teaching service types and re-typing the services</source>
        <translation>La enseñanza de tipos de servicio y la reasignación de tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="225"/>
        <source>Cancelled: nothing was taught and no service changed.</source>
        <translation>Cancelado: no se enseñó nada y ningún servicio cambió.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="46"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>Buscar servicios, organizaciones, lugares, teléfonos…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="52"/>
        <source>Show only one type of service</source>
        <translation>Mostrar solo un tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="58"/>
        <source>Not verified in 6 months</source>
        <translation>Sin verificar en 6 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="59"/>
        <source>Show only services never verified, or not verified in the last 6 months</source>
        <translation>Mostrar solo los servicios nunca verificados o no verificados en los últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="138"/>
        <source>All service types</source>
        <translation>Todos los tipos de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="45"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="51"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="63"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="142"/>
        <source>Service type not given</source>
        <translation>Tipo de servicio no indicado</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="57"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="109"/>
        <source>%1 and over</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="111"/>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Placed</source>
        <translation>Ubicado</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="165"/>
        <source>Not placed</source>
        <translation>Sin ubicar</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="393"/>
        <source>%1: only in this copy; the shared directory did not take it</source>
        <extracomment>A cell edit was refused; the message says why (shown in the status bar). Columns edited in place, through ``cell_editor``. Saves one cell: ``(listing, column, text) -&gt; problem`` (&quot;&quot; when saved). None: read-only.</extracomment>
        <translation>%1: solo en esta copia; el directorio compartido no lo aceptó</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../desktop/sharing/side_by_side.py" line="79"/>
        <source>Keep which value for %1</source>
        <extracomment>The choice each of the two &quot;all&quot; buttons sets on this row: a row whose right side is not what the right button means (another person&apos;s value, not mine) says which instead.</extracomment>
        <translation>Qué valor conservar para %1</translation>
    </message>
</context>
<context>
    <name>SkipReasons</name>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="18"/>
        <source>empty sheet</source>
        <translation>hoja vacía</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="19"/>
        <source>no table of services (a cover page, instructions or lists): no header row in the first 30 rows names an organisation and a service</source>
        <translation>no hay una tabla de servicios (una portada, instrucciones o listas): ninguna fila de encabezado en las 30 primeras filas nombra una organización y un servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="22"/>
        <source>no header row with known columns</source>
        <translation>ninguna fila de encabezado con columnas conocidas</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="23"/>
        <source>a table turned on its side: each column is a service provider and each row a field (&apos;{label}&apos; in row {row}); turn it so that each provider is a row (in Excel: copy it, then Paste Special › Transpose) and import the copy</source>
        <translation>una tabla girada de lado: cada columna es un proveedor de servicios y cada fila un campo (&apos;{label}&apos; en la fila {row}); gírela para que cada proveedor sea una fila (en Excel: copiar y luego Pegado especial › Transponer) e importe la copia</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="27"/>
        <source>the submissions of the KoBo repeat group on sheet &apos;{sheet}&apos;: their organisation, place and answers are read with each of that sheet&apos;s rows</source>
        <translation>los envíos del grupo de repetición de KoBo de la hoja &apos;{sheet}&apos;: su organización, su lugar y sus respuestas se leen con cada fila de esa hoja</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="30"/>
        <source>hidden in the workbook (most often old data or drop-down lists); if its rows are services, unhide the sheet in Excel or LibreOffice and import again</source>
        <translation>oculta en el libro (casi siempre datos antiguos o listas desplegables); si sus filas son servicios, muestre la hoja en Excel o LibreOffice e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="33"/>
        <source>a referral pathway kept as a grid (header in row {row}: a column for each of {places} places, a row for each of {types} service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>una ruta de derivación en forma de cuadrícula (encabezado en la fila {row}: una columna para cada uno de {places} lugares, una fila para cada uno de {types} tipos de servicio, las organizaciones en las celdas), no una lista con un servicio por fila; haga una fila para cada organización de cada celda (organización, tipo de servicio, lugar, teléfono) e impórtela: «servicemap grid-to-list» o «Hacer una lista a partir de esta cuadrícula» en el asistente de importación la escribe</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="38"/>
        <source>a referral pathway kept as a grid (header in row {row}: a row for each of {places} places, {types} columns of service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>una ruta de derivación en forma de cuadrícula (encabezado en la fila {row}: una fila para cada uno de {places} lugares, {types} columnas de tipos de servicio, las organizaciones en las celdas), no una lista con un servicio por fila; haga una fila para cada organización de cada celda (organización, tipo de servicio, lugar, teléfono) e impórtela: «servicemap grid-to-list» o «Hacer una lista a partir de esta cuadrícula» en el asistente de importación la escribe</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="43"/>
        <source>{rows} rows, more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files</source>
        <translation>{rows} filas, más que las {max} que ServiceMap lee de una hoja; divida la lista en hojas o archivos más pequeños</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="46"/>
        <source>{rows} rows (to cell {cell}), more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files, or delete what is below it</source>
        <translation>{rows} filas (hasta la celda {cell}), más que las {max} que ServiceMap lee de una hoja; divida la lista en hojas o archivos más pequeños, o borre lo que hay debajo</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="49"/>
        <source>{columns} columns (to cell {cell}), more than the {max} ServiceMap reads from one sheet; delete the columns right of the list and save it again</source>
        <translation>{columns} columnas (hasta la celda {cell}), más que las {max} que ServiceMap lee de una hoja; borre las columnas a la derecha de la lista y vuelva a guardarla</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="52"/>
        <source>{rows} rows × {columns} columns (to cell {cell}), more than the {max} cells ServiceMap reads from one sheet; delete what lies below and right of the list (one stray value far away makes the whole sheet this large), or split the list</source>
        <translation>{rows} filas × {columns} columnas (hasta la celda {cell}), más que las {max} celdas que ServiceMap lee de una hoja; borre lo que hay debajo y a la derecha de la lista (un solo valor suelto lejos hace que toda la hoja sea así de grande), o divida la lista</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/window/start_page.py" line="21"/>
        <source>Welcome to ServiceMap</source>
        <translation>Bienvenido a ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="22"/>
        <source>Start from your admin boundaries, or look around the demo project first.</source>
        <translation>Empiece por sus límites administrativos, o explore primero el proyecto de demostración.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="25"/>
        <source>Create a new project…</source>
        <translation>Crear un nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="26"/>
        <source>From admin boundary files (OCHA COD-AB or geoBoundaries): GeoJSON, GeoPackage, Shapefile, a .zip or a folder. Then import your list of services.</source>
        <translation>A partir de archivos de límites administrativos (OCHA COD-AB o geoBoundaries): GeoJSON, GeoPackage, Shapefile, un .zip o una carpeta. Luego importe su lista de servicios.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="29"/>
        <source>Open the demo project</source>
        <translation>Abrir el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="30"/>
        <source>Fictional protection services in Bangladesh&apos;s Chattogram division, ready to explore.</source>
        <translation>Servicios de protección ficticios en la división de Chattogram (Bangladés), listos para explorar.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>Open a project…</source>
        <translation>Abrir un proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>A ServiceMap project file (.gpkg) you or a colleague made.</source>
        <translation>Un archivo de proyecto de ServiceMap (.gpkg) creado por usted o un colega.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="37"/>
        <source>Drag the steps into the order they are followed</source>
        <translation>Arrastre los pasos en el orden en que se siguen</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="52"/>
        <source>Drag to change the order; untick to leave a service off this step</source>
        <translation>Arrastre para cambiar el orden; desmarque para quitar un servicio de este paso</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="57"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="58"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="35"/>
        <location filename="../../desktop/pathways/steps.py" line="61"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="41"/>
        <location filename="../../desktop/pathways/steps.py" line="120"/>
        <source>Standard title (leave empty to use it)</source>
        <translation>Título estándar (déjelo vacío para usarlo)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="42"/>
        <source>Leave empty to use the standard title, shown in grey</source>
        <translation>Déjelo vacío para usar el título estándar, que se ve en gris</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="45"/>
        <location filename="../../desktop/pathways/steps.py" line="121"/>
        <source>Standard note (leave empty to use it)</source>
        <translation>Nota estándar (déjela vacía para usarla)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="46"/>
        <source>Leave empty to use the standard note, shown in grey</source>
        <translation>Déjela vacía para usar la nota estándar, que se ve en gris</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="64"/>
        <source>Services of this step, for the first area chosen</source>
        <translation>Servicios de este paso, para la primera área elegida</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="125"/>
        <source>No standard note: leave empty for none</source>
        <translation>No hay nota estándar: déjela vacía para no poner ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="50"/>
        <source>Services of this step</source>
        <translation>Servicios de este paso</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="102"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="103"/>
        <source>Send this copy&apos;s changes to the shared directory and receive the others&apos;</source>
        <translation>Enviar los cambios de esta copia al directorio compartido y recibir los de los demás</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="145"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="146"/>
        <source>Last sync %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Última sincronización %1 · %n cambio pendiente</numerusform>
            <numerusform>Última sincronización %1 · %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="150"/>
        <source>%n only in this copy</source>
        <translation>
            <numerusform>%n solo en esta copia</numerusform>
            <numerusform>%n solo en esta copia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="152"/>
        <source>only in this copy (%1)</source>
        <translation>solo en esta copia (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="163"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="166"/>
        <source>The shared directory refused records this copy made: %1. Keep them in this copy only, or discard them.</source>
        <translation>El directorio compartido rechazó registros creados en esta copia: %1. Consérvelos solo en esta copia o descártelos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="169"/>
        <source>The shared directory refused %n change(s) this copy made; the server&apos;s values are back here: %1.</source>
        <translation>
            <numerusform>El directorio compartido rechazó %n cambio de esta copia; los valores del servidor volvieron aquí: %1.</numerusform>
            <numerusform>El directorio compartido rechazó %n cambios de esta copia; los valores del servidor volvieron aquí: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="199"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="232"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="233"/>
        <source>Not synced: %1</source>
        <translation>No sincronizado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Not synced: why?</source>
        <translation>Sin sincronizar: ¿por qué?</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Sync details</source>
        <translation>Detalles de la sincronización</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="248"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="281"/>
        <source>Shared directory</source>
        <translation>Directorio compartido</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="272"/>
        <source>The server asks for a password: type it to sync.</source>
        <translation>El servidor pide una contraseña: escríbala para sincronizar.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="282"/>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="284"/>
        <source>The server did not accept that password.</source>
        <translation>El servidor no aceptó esa contraseña.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="62"/>
        <source>Synced: sent %1, received %2</source>
        <translation>Sincronizado: %1 enviados, %2 recibidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="65"/>
        <source>%1; %n conflict(s) wait</source>
        <translation>
            <numerusform>%1; %n conflicto pendiente</numerusform>
            <numerusform>%1; %n conflictos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="68"/>
        <source>%1; %n refused by the server: %2</source>
        <translation>
            <numerusform>%1; %n rechazado por el servidor: %2</numerusform>
            <numerusform>%1; %n rechazados por el servidor: %2</numerusform>
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
        <translation>Texto de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="41"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>ServiceMap read</source>
        <translation>Leído por ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="51"/>
        <source>Texts without a service type</source>
        <translation>Textos sin tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="65"/>
        <source>Service types the text means</source>
        <translation>Tipos de servicio que significa el texto</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="68"/>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>Not a service type</source>
        <translation>No es un tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="69"/>
        <source>Distributions, awareness raising …: its services stay without a type, and ServiceMap does not ask about this text again</source>
        <translation>Distribuciones, sensibilización…: sus servicios quedan sin tipo y ServiceMap no vuelve a preguntar por este texto</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="72"/>
        <source>Skip this text</source>
        <translation>Omitir este texto</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="73"/>
        <source>Give no answer: its services keep no type (or ServiceMap&apos;s guess)</source>
        <translation>No responder: sus servicios siguen sin tipo (o con la suposición de ServiceMap)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="126"/>
        <source>%1 (unsure)</source>
        <translation>%1 (dudoso)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="127"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="193"/>
        <source>“%1” means:</source>
        <translation>«%1» significa:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="194"/>
        <source>Nothing to answer: ServiceMap read a type for every text.</source>
        <translation>Nada que responder: ServiceMap leyó un tipo para cada texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>(skipped)</source>
        <translation>(omitido)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="217"/>
        <source>%1 of %2 texts answered.</source>
        <translation>%1 de %2 textos respondidos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/type_answers.py" line="220"/>
        <source>%n row(s) will have no service type.</source>
        <translation>
            <numerusform>%n fila quedará sin tipo de servicio.</numerusform>
            <numerusform>%n filas quedarán sin tipo de servicio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="21"/>
        <source>Service types</source>
        <translation>Tipos de servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="22"/>
        <source>ServiceMap could not tell the service type of these texts, or is unsure. Tick the types each one means: the project keeps your answer, so the next import knows it. Skip any you are unsure of.</source>
        <translation>ServiceMap no pudo saber el tipo de servicio de estos textos, o no está seguro. Marque los tipos que significa cada uno: el proyecto guarda su respuesta y la próxima importación la conocerá. Omita los que no tenga claros.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/curation/undo.py" line="62"/>
        <source>Redo: %1</source>
        <extracomment>The most services whose rows an edit refreshes one by one; past it (an organisation of thousands renamed) the window reads every row again. Told the reason when an undo or redo could not be written.</extracomment>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="65"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="87"/>
        <source>Edit service “%1”</source>
        <translation>Editar el servicio «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="122"/>
        <source>Restore service “%1”</source>
        <translation>Restaurar el servicio «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="124"/>
        <source>Delete service “%1”</source>
        <translation>Eliminar el servicio «%1»</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="31"/>
        <source>Warnings about the directory</source>
        <translation>Advertencias sobre el directorio</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="32"/>
        <source>Service types…</source>
        <translation>Tipos de servicio…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="33"/>
        <source>Give the services without a type their types</source>
        <translation>Asignar sus tipos a los servicios que no lo tienen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="53"/>
        <source>No service has the type %1 here, but %n service(s) have no type and may be of it: see %2 to give them types.</source>
        <translation>
            <numerusform>Ningún servicio tiene el tipo %1 aquí, pero %n servicio no tiene tipo y podría serlo: vea %2 para asignárselo.</numerusform>
            <numerusform>Ningún servicio tiene el tipo %1 aquí, pero %n servicios no tienen tipo y podrían serlo: vea %2 para asignárselos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="56"/>
        <source>%n service(s) have no type and are left out: see %1 to give them types.</source>
        <translation>
            <numerusform>%n servicio no tiene tipo y queda fuera: vea %1 para asignárselo.</numerusform>
            <numerusform>%n servicios no tienen tipo y quedan fuera: vea %1 para asignárselos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="59"/>
        <source>%1 has services none of which is verified: check them with their providers before relying on them.</source>
        <translation>%1 tiene servicios de los que ninguno está verificado: compruébelos con sus proveedores antes de confiar en ellos.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="61"/>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="62"/>
        <source>%n areas have services none of which is verified: %1%2. Check them with their providers before relying on them.</source>
        <translation>
            <numerusform>%n zona tiene servicios de los que ninguno está verificado: %1%2. Compruébelos con sus proveedores antes de confiar en ellos.</numerusform>
            <numerusform>%n zonas tienen servicios de los que ninguno está verificado: %1%2. Compruébelos con sus proveedores antes de confiar en ellos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="384"/>
        <source>Shared directory</source>
        <translation>Directorio compartido</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="330"/>
        <source>&amp;Share this project…</source>
        <translation>Com&amp;partir este proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="331"/>
        <source>Open a s&amp;hared directory…</source>
        <translation>Abrir un directorio c&amp;ompartido…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="342"/>
        <source>Share this project</source>
        <translation>Compartir este proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="343"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="353"/>
        <source>Address of the shared directory (postgresql://USER@HOST/DATABASE):</source>
        <translation>Dirección del directorio compartido (postgresql://USER@HOST/DATABASE):</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="352"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="356"/>
        <source>Open a shared directory</source>
        <translation>Abrir un directorio compartido</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="357"/>
        <source>Only these areas (P-codes, separated by spaces; empty for all):</source>
        <translation>Solo estas zonas (P-codes separados por espacios; vacío para todas):</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="361"/>
        <source>Save the offline copy as</source>
        <translation>Guardar la copia sin conexión como</translation>
    </message>
</context>
</TS>
