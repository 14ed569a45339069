# Install rules and the Debian package (CPack, DEB generator):
#   cmake --build build && cd build && cpack -G DEB      -> s113reg_<version>_<arch>.deb
#   cmake --install build --prefix /usr/local            -> the same files, unpackaged
# Installed: the two programs in bin/; the desktop entry, the icon (PNG sizes
# and SVG) and the AppStream metadata where desktops look for them; the user
# guide (and the screenshots it shows) in share/s113reg and the translations
# in share/locale, where the program finds them (src/ui/HelpFiles.h).
include(GNUInstallDirs)
set(S113_APP_ID org.s113.Register)
set(S113_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

configure_file(${S113_PACKAGING_DIR}/${S113_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/packaging/${S113_APP_ID}.metainfo.xml @ONLY)

install(TARGETS s113reg-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(S113_BUILD_GUI)
  install(TARGETS s113reg RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${S113_PACKAGING_DIR}/${S113_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/${S113_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  file(GLOB S113_ICON_SIZES RELATIVE ${S113_PACKAGING_DIR}/icons/hicolor
       ${S113_PACKAGING_DIR}/icons/hicolor/*)
  foreach(size ${S113_ICON_SIZES})
    install(FILES ${S113_PACKAGING_DIR}/icons/hicolor/${size}/s113reg.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps)
  endforeach()
  install(FILES ${S113_PACKAGING_DIR}/icons/s113reg.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(DIRECTORY ${PROJECT_BINARY_DIR}/locale/ DESTINATION ${CMAKE_INSTALL_LOCALEDIR})
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/user-guide/
          DESTINATION ${CMAKE_INSTALL_DATADIR}/s113reg/user-guide)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots/
          DESTINATION ${CMAKE_INSTALL_DATADIR}/s113reg/screenshots FILES_MATCHING PATTERN "*.png")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME s113reg)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "S113 Register maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Register of the staffing a council and an NHS body share")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(S113_PACKAGE_MAINTAINER "S113 Register maintainers <maintainers@s113-register.invalid>"
    CACHE STRING "The Maintainer field of the .deb")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${S113_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Depends: found by dpkg-shlibdeps from the libraries the programs link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Who employs and who hosts every joint post of a council and an NHS body,\n\
Section 113 placements, single-manager contracts, joint posts and recharges,\n\
with the HR protocol's employer decisions explained rule by rule. The\n\
package holds the desktop application (s113reg) and the command line\n\
(s113reg-cli).")
include(CPack)
