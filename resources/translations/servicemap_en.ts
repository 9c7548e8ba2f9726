<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/window/check_dialog.py" line="59"/>
        <source>%n essential check(s) failed. What to do is written under each.</source>
        <translation>
            <numerusform>%n essential check failed. What to do is written under it.</numerusform>
            <numerusform>%n essential checks failed. What to do is written under each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="230"/>
        <source>Done: %n service type(s) analysed.</source>
        <translation>
            <numerusform>Done: %n service type analysed.</numerusform>
            <numerusform>Done: %n service types analysed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="350"/>
        <source>Suggested %n site(s) for %1: numbered on the map, listed under “Suggested sites”.</source>
        <translation>
            <numerusform>Suggested %n site for %1: numbered on the map, listed under “Suggested sites”.</numerusform>
            <numerusform>Suggested %n sites for %1: numbered on the map, listed under “Suggested sites”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="54"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="55"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="56"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="57"/>
        <source>%n not-a-service</source>
        <translation>
            <numerusform>%n not-a-service</numerusform>
            <numerusform>%n not-a-service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="58"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="423"/>
        <source>%n service(s) of this list have no type: see %1 to give them types.</source>
        <translation>
            <numerusform>%n service of this list has no type: see %1 to give it types.</numerusform>
            <numerusform>%n services of this list have no type: see %1 to give them types.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="80"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n new service(s)</source>
        <translation>
            <numerusform>%n new service</numerusform>
            <numerusform>%n new services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="81"/>
        <source>%n value(s) changed only there (taken)</source>
        <translation>
            <numerusform>%n value changed only there (taken)</numerusform>
            <numerusform>%n values changed only there (taken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="82"/>
        <source>%n conflict(s) (changed on both sides)</source>
        <translation>
            <numerusform>%n conflict (changed on both sides)</numerusform>
            <numerusform>%n conflicts (changed on both sides)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="83"/>
        <source>%n service(s) deleted there (deleted here too unless you keep them)</source>
        <translation>
            <numerusform>%n service deleted there (deleted here too unless you keep it)</numerusform>
            <numerusform>%n services deleted there (deleted here too unless you keep them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n matched</source>
        <translation>
            <numerusform>%n matched</numerusform>
            <numerusform>%n matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n value(s) to fill in</source>
        <translation>
            <numerusform>%n value to fill in</numerusform>
            <numerusform>%n values to fill in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="97"/>
        <source>%n service(s) added in both copies since they parted are taken as one, not added twice.</source>
        <translation>
            <numerusform>%n service added in both copies since they parted is taken as one, not added twice.</numerusform>
            <numerusform>%n services added in both copies since they parted are taken as one, not added twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="100"/>
        <source>%n service(s) will become confidential, as the partner marks them.</source>
        <translation>
            <numerusform>%n service will become confidential, as the partner marks it.</numerusform>
            <numerusform>%n services will become confidential, as the partner marks them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/window/new_project.py" line="183"/>
        <source>%n level(s) found. Say what each level is called, then Create.</source>
        <translation>
            <numerusform>%n level found. Say what it is called, then Create.</numerusform>
            <numerusform>%n levels found. Say what each level is called, then Create.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="239"/>
        <source>%Ln cell(s) saying no one offers the service there</source>
        <translation>
            <numerusform>%Ln cell saying no one offers the service there</numerusform>
            <numerusform>%Ln cells saying no one offers the service there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="240"/>
        <source>%Ln cell(s) pointing to another place&apos;s cell</source>
        <translation>
            <numerusform>%Ln cell pointing to another place&apos;s cell</numerusform>
            <numerusform>%Ln cells pointing to another place&apos;s cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="241"/>
        <source>%Ln provider(s) not confirmed</source>
        <translation>
            <numerusform>%Ln provider not confirmed</numerusform>
            <numerusform>%Ln providers not confirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="169"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>%n site to review</numerusform>
            <numerusform>%n sites to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="192"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="294"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>Accepted %n location.</numerusform>
            <numerusform>Accepted %n locations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="330"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="337"/>
        <source>%n other services are at this place (%1): their points show it on maps and pathways. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>%n other service is at this place (%1): its point shows it on maps and pathways. Mark it confidential too, or move it.</numerusform>
            <numerusform>%n other services are at this place (%1): their points show it on maps and pathways. Mark them confidential too, or move them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="339"/>
        <source>Mark these %n services confidential too</source>
        <translation>
            <numerusform>Mark this %n service confidential too</numerusform>
            <numerusform>Mark these %n services confidential too</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTypesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="128"/>
        <source>Teaching %n text(s) and re-typing the services…</source>
        <translation>
            <numerusform>Teaching %n text and re-typing the services…</numerusform>
            <numerusform>Teaching %n texts and re-typing the services…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="168"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="174"/>
        <source>%n services became confidential (safe shelters), but other services at their places still show them on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>%n service became confidential (a safe shelter), but other services at its place still show it on maps and pathways: %1. Mark them confidential too, or move them.</numerusform>
            <numerusform>%n services became confidential (safe shelters), but other services at their places still show them on maps and pathways: %1. Mark them confidential too, or move them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="194"/>
        <source>Marked %n service(s) confidential.</source>
        <translation>
            <numerusform>Marked %n service confidential.</numerusform>
            <numerusform>Marked %n services confidential.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="146"/>
        <source>Last sync %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Last sync %1 · %n change waiting</numerusform>
            <numerusform>Last sync %1 · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="150"/>
        <source>%n only in this copy</source>
        <translation>
            <numerusform>%n only in this copy</numerusform>
            <numerusform>%n only in this copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="163"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="169"/>
        <source>The shared directory refused %n change(s) this copy made; the server&apos;s values are back here: %1.</source>
        <translation>
            <numerusform>The shared directory refused %n change this copy made; the server&apos;s value is back here: %1.</numerusform>
            <numerusform>The shared directory refused %n changes this copy made; the server&apos;s values are back here: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="65"/>
        <source>%1; %n conflict(s) wait</source>
        <translation>
            <numerusform>%1; %n conflict waits</numerusform>
            <numerusform>%1; %n conflicts wait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="68"/>
        <source>%1; %n refused by the server: %2</source>
        <translation>
            <numerusform>%1; %n refused by the server: %2</numerusform>
            <numerusform>%1; %n refused by the server: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypeAnswers</name>
    <message numerus="yes">
        <location filename="../../desktop/curation/type_answers.py" line="220"/>
        <source>%n row(s) will have no service type.</source>
        <translation>
            <numerusform>%n row will have no service type.</numerusform>
            <numerusform>%n rows will have no service type.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="53"/>
        <source>No service has the type %1 here, but %n service(s) have no type and may be of it: see %2 to give them types.</source>
        <translation>
            <numerusform>No service has the type %1 here, but %n service has no type and may be of it: see %2 to give it types.</numerusform>
            <numerusform>No service has the type %1 here, but %n services have no type and may be of it: see %2 to give them types.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="56"/>
        <source>%n service(s) have no type and are left out: see %1 to give them types.</source>
        <translation>
            <numerusform>%n service has no type and is left out: see %1 to give it types.</numerusform>
            <numerusform>%n services have no type and are left out: see %1 to give them types.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="62"/>
        <source>%n areas have services none of which is verified: %1%2. Check them with their providers before relying on them.</source>
        <translation>
            <numerusform>%n area has services none of which is verified: %1%2. Check them with their providers before relying on them.</numerusform>
            <numerusform>%n areas have services none of which is verified: %1%2. Check them with their providers before relying on them.</numerusform>
        </translation>
    </message>
</context>
</TS>
