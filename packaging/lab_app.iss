; Inno Setup script: a per-user Windows installer for the bundle in dist\lab-app (no admin
; rights: it installs under %LOCALAPPDATA%\Programs). Build the bundle first (PyInstaller,
; packaging\bundle.py prune and smoke), then:
;     iscc /DAppVersion=0.1.0 packaging\lab_app.iss
; Writes dist\lab-app-<version>-windows-x64-setup.exe. Paths are relative to this file.
; Why Inno Setup: per-user installs without elevation (PrivilegesRequired=lowest), installed on
; GitHub's windows-2022 runners, one plain script, a Spanish wizard included, solid LZMA2
; compression; MSIX would need a signing certificate, WiX an MSI with per-user quirks.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\lab_app.iss
#endif

[Setup]
AppId={{6C1F3A52-8E0B-4E57-9D3A-2B7C4F1E9A10}
AppName=NLP Visual Lab
AppVersion={#AppVersion}
AppVerName=NLP Visual Lab {#AppVersion}
AppPublisher=lab-app
DefaultDirName={localappdata}\Programs\lab-app
DefaultGroupName=NLP Visual Lab
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=lab-app-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\lab-app.ico
UninstallDisplayIcon={app}\lab-app.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\lab-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\NLP Visual Lab"; Filename: "{app}\lab-app.exe"
Name: "{autodesktop}\NLP Visual Lab"; Filename: "{app}\lab-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lab-app.exe"; Description: "{cm:LaunchProgram,NLP Visual Lab}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Settings and logs stay (they are the student's); the Cache folder holds only caches.
Type: filesandordirs; Name: "{localappdata}\lab-app\Cache"
