#!/usr/bin/env bash
# Cargo's runner for the Windows target (CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER): runs a
# cross-built .exe under wine, with the test-only ProcessPrng stand-in on WINEPATH.
# Needs IPMS_WINE_DLLS (the folder holding the stand-in bcryptprimitives.dll) and WINEPREFIX.
set -euo pipefail
: "${IPMS_WINE_DLLS:?set IPMS_WINE_DLLS to the folder of the stand-in DLL}"
: "${WINEPREFIX:?set WINEPREFIX}"
# winemenubuilder off: shortcuts the installer makes stay inside the prefix, off the host's menus.
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-bcryptprimitives=n,b;winemenubuilder.exe=d}
export WINEPATH="Z:${IPMS_WINE_DLLS//\//\\}"
exec /usr/lib/wine/wine64 "$@"
