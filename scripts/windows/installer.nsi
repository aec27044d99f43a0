; NSIS installer for IPMS Readiness: per-user (no administrator rights), Start-menu and
; desktop shortcuts, Chinese and English. The uninstaller keeps the user's data unless the
; user ticks "also delete my data". Built by scripts/build-windows.sh with
;   makensis -DVERSION=x.y.z -DSTAGE=<folder with the files> -DOUTFILE=<setup.exe> installer.nsi

; 64-bit, like the program (which needs 64-bit Windows); Unicode.
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "VERSION is not defined"
!endif
!ifndef STAGE
  !error "STAGE is not defined"
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined"
!endif

!define APP "IPMS Readiness"
!define EXE "ipms-readiness.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IPMS-Readiness"
; Where the app keeps data and settings (directories::ProjectDirs on Windows).
!define DATA_ROOT "$APPDATA\ipms-readiness"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"

!define MUI_ICON "${STAGE}\ipms-readiness.ico"
!define MUI_UNICON "${STAGE}\ipms-readiness.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_SIMPCHINESE} "程序文件和快捷方式"
LangString SecProgram ${LANG_ENGLISH} "Program files and shortcuts"
LangString SecData ${LANG_SIMPCHINESE} "同时删除我的数据（数据库、备份、设置）"
LangString SecData ${LANG_ENGLISH} "Also delete my data (database, backups, settings)"
LangString SecDataDesc ${LANG_SIMPCHINESE} "不勾选时保留 %APPDATA%\ipms-readiness 中的全部诊断数据，重新安装后可继续使用。"
LangString SecDataDesc ${LANG_ENGLISH} "Unticked, every diagnosis in %APPDATA%\ipms-readiness is kept for a later installation."
LangString ShortcutGuide ${LANG_SIMPCHINESE} "使用说明"
LangString ShortcutGuide ${LANG_ENGLISH} "Read me"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SecProgram)" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${STAGE}\${EXE}"
  File "${STAGE}\ipms-readiness.ico"
  File "${STAGE}\LICENSE-MIT.txt"
  File "${STAGE}\LICENSE-APACHE.txt"
  File "${STAGE}\OFL.txt"
  File "${STAGE}\使用说明.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\ipms-readiness.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\$(ShortcutGuide).lnk" "$INSTDIR\使用说明.txt"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\ipms-readiness.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "IPMS Readiness"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\ipms-readiness.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "un.$(SecProgram)" UnSecMain
  SectionIn RO
  SetShellVarContext current
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\ipms-readiness.ico"
  Delete "$INSTDIR\LICENSE-MIT.txt"
  Delete "$INSTDIR\LICENSE-APACHE.txt"
  Delete "$INSTDIR\OFL.txt"
  Delete "$INSTDIR\使用说明.txt"
  Delete "$INSTDIR\uninstall.exe"
  ; Only an empty folder is removed: anything the user put there stays.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

; Unticked by default (/o): the user's diagnoses survive an uninstall unless asked.
Section /o "un.$(SecData)" UnSecData
  SetShellVarContext current
  RMDir /r "${DATA_ROOT}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} $(SecDataDesc)
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
