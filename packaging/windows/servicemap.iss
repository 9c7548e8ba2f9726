; ServiceMap's Windows installer (Inno Setup 6). packaging/build.py compiles it after PyInstaller:
;   iscc /DAppVersion=0.1.0 /DBundle=packaging\dist\ServiceMap /DIcon=packaging\build\servicemap.ico packaging\windows\servicemap.iss
; It installs for the current user only, so it needs no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\ServiceMap, the Start-menu entry to the user's own menu, and the .gpkg
; association to HKEY_CURRENT_USER. An administrator may still install for everyone with /ALLUSERS.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\dist\ServiceMap"
#endif
#ifndef Icon
  #define Icon "..\build\servicemap.ico"
#endif

[Setup]
AppId={{2482291B-1CC2-4149-8A11-02E2775EFFFA}
AppName=ServiceMap
AppVersion={#AppVersion}
AppPublisher=ServiceMap
AppComments=Offline directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\ServiceMap
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=ServiceMap-{#AppVersion}-setup
SetupIconFile={#Icon}
UninstallDisplayIcon={app}\ServiceMap.exe
UninstallDisplayName=ServiceMap
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ServiceMap"; Filename: "{app}\ServiceMap.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\ServiceMap"; Filename: "{app}\ServiceMap.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; ServiceMap projects are GeoPackages (.gpkg). "Open with" always offers ServiceMap; it becomes the
; program a double click uses only when no other program (QGIS, say) has claimed .gpkg already.
; HKA is HKEY_CURRENT_USER for a per-user installation.
Root: HKA; Subkey: "Software\Classes\ServiceMap.Project"; ValueType: string; ValueName: ""; ValueData: "ServiceMap project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ServiceMap.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ServiceMap.exe,0"
Root: HKA; Subkey: "Software\Classes\ServiceMap.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ServiceMap.exe"" desktop ""%1"""
Root: HKA; Subkey: "Software\Classes\.gpkg\OpenWithProgids"; ValueType: string; ValueName: "ServiceMap.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.gpkg"; ValueType: string; ValueName: ""; ValueData: "ServiceMap.Project"; Flags: createvalueifdoesntexist uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\ServiceMap.exe\SupportedTypes"; ValueType: string; ValueName: ".gpkg"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\ServiceMap.exe"; Description: "{cm:LaunchProgram,ServiceMap}"; Flags: nowait postinstall skipifsilent
