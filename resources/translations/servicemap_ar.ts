<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/about.py" line="15"/>
        <source>development version</source>
        <translation>إصدار تطويري</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>دليل للخدمات وخرائط وفجوات التغطية ومسارات إحالة قابلة للطباعة لخدمات حماية الطفل والعنف القائم على النوع الاجتماعي.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>يعمل ServiceMap دون اتصال بالإنترنت، ولا يتصل بالإنترنت إلا عند تشغيل ميزة عبر الإنترنت، مثل مربعات الخرائط عبر الإنترنت أو الترميز الجغرافي عبر الإنترنت.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="26"/>
        <source>Data credits</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>الحدود الإدارية: مجموعات البيانات التشغيلية المشتركة لمكتب أوتشا (COD-AB)؛ وبالنسبة إلى بنغلاديش، من إعداد مكتب الإحصاء البنغلاديشي (BBS)، بترخيص CC BY-IGO 3.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>أسماء الأماكن ومعلومات البلدان: GeoNames، بترخيص CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>حول ServiceMap</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="59"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>واجه ServiceMap مشكلة غير متوقعة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="61"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>ملف مشروعك سليم: يُحفظ كل تغيير فور إجرائه. التفاصيل موجودة في %1؛ يُرجى إرسال هذا الملف إلى من يقدّم لك الدعم في استخدام ServiceMap.</translation>
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
        <translation>جارٍ رسم الخريطة…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="74"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="76"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;مشاريع حديثة</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="79"/>
        <source>&amp;Close project</source>
        <translation>&amp;إغلاق المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="82"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;تقريب الخريطة إلى التحديد</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="88"/>
        <source>Zoom map to &amp;all services</source>
        <translation>عرض &amp;كل الخدمات على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="90"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="91"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;حول ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="104"/>
        <source>Clear the list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>مشاريع ServiceMap (*.gpkg);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="129"/>
        <source>Project not found</source>
        <translation>تعذّر العثور على المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="130"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File ▸ Open project… from its new place.</source>
        <translation>%1: لم يعد الملف في مكانه، فقد نُقل أو أُعيدت تسميته أو حُذف؛ افتحه من مكانه الجديد عبر ملف ◂ فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="147"/>
        <location filename="../../desktop/main_window.py" line="152"/>
        <source>Cannot open the project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2. تحقّق من الملف ومن أذوناته.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194"/>
        <source>No project open. Open one with File ▸ Open project…</source>
        <translation>لا يوجد مشروع مفتوح. افتح مشروعًا عبر ملف ◂ فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — الخدمات: %2، المواقع: %3، على الخريطة: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>country %1</source>
        <translation>البلد: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>الخدمة التي نقرت عليها في الخريطة مخفية بسبب البحث أو عامل تصفية النوع.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map_view.py" line="175"/>
        <source>The map could not be drawn: %1</source>
        <translation>تعذّر رسم الخريطة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="181"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>تعذّر تحميل صفحة الخريطة من %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="191"/>
        <source>The map page did not finish drawing.</source>
        <translation>لم يكتمل رسم صفحة الخريطة.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/services_panel.py" line="40"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>ابحث في الخدمات والمنظمات والأماكن والهواتف…</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="45"/>
        <source>Show only one type of service</source>
        <translation>عرض نوع واحد فقط من الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="91"/>
        <source>All service types</source>
        <translation>كل أنواع الخدمات</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Types</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Admin area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Ages</source>
        <translation>الأعمار</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Verified on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="50"/>
        <source>Location</source>
        <translation>الموقع على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="68"/>
        <source>%1 and over</source>
        <translation>%1 فأكثر</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="70"/>
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="140"/>
        <source>Confidential</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Placed</source>
        <translation>محدد على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Not placed</source>
        <translation>غير محدد على الخريطة</translation>
    </message>
</context>
</TS>
