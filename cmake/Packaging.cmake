# Desktop integration files and the Debian package (CPack). Included from the top CMakeLists after the install
# rules of the three executables. Build the package with `bash scripts/bootstrap.sh package`.
include(GNUInstallDirs)

# Icons: the SVG is the source; the hicolor PNG sizes are rendered from it at build time by a tiny QtSvg tool, so
# no generated binaries are committed and the PNGs never drift from the SVG.
set(FLOWLOG_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/flowlog-console.svg)
set(FLOWLOG_ICON_SIZES 16 32 48 64 128 256)
find_package(Qt6 ${Qt6_VERSION} QUIET COMPONENTS Gui Svg)
if(TARGET Qt6::Svg)
    qt_add_executable(flowlog-iconrender tools/iconrender.cpp)
    target_link_libraries(flowlog-iconrender PRIVATE flowlog_options Qt6::Gui Qt6::Svg)
    set(icon_dir ${CMAKE_BINARY_DIR}/icons/hicolor)
    set(icon_pngs)
    foreach(size IN LISTS FLOWLOG_ICON_SIZES)
        list(APPEND icon_pngs ${icon_dir}/${size}x${size}/apps/flowlog-console.png)
    endforeach()
    add_custom_command(OUTPUT ${icon_pngs}
        COMMAND flowlog-iconrender ${FLOWLOG_ICON_SVG} ${icon_dir} ${FLOWLOG_ICON_SIZES}
        DEPENDS flowlog-iconrender ${FLOWLOG_ICON_SVG}
        COMMENT "Rendering the hicolor PNG icons"
        VERBATIM)
    add_custom_target(flowlog-icons ALL DEPENDS ${icon_pngs})
    foreach(size IN LISTS FLOWLOG_ICON_SIZES)
        install(FILES ${icon_dir}/${size}x${size}/apps/flowlog-console.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
else()
    message(WARNING "QtSvg not found (package qt6-svg-dev): the package will carry only the SVG icon")
endif()
install(FILES ${FLOWLOG_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/flowlog-console.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/flowlog-console.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Man pages: hand-written troff, gzipped at build time (Debian policy: compressed with gzip -9n, no timestamp).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(man_gz)
foreach(page flowlog-console flowlog-cli flowlog-sandbox)
    set(src ${PROJECT_SOURCE_DIR}/resources/man/${page}.1)
    set(out ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${src} > ${out}
        DEPENDS ${src}
        COMMENT "Compressing man page ${page}.1")
    list(APPEND man_gz ${out})
endforeach()
add_custom_target(flowlog-manpages ALL DEPENDS ${man_gz})
install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# CPack: one .deb with the three executables. Depends is computed by dpkg-shlibdeps from the linked libraries
# (Qt 6, QtKeychain); the plug-ins Qt loads at run time are not linked, so they are named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME flowlog-console)
set(CPACK_PACKAGE_VENDOR "flowlog-console developers")
set(CPACK_PACKAGE_CONTACT "flowlog-console developers <flowlog-console@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# xcb/wayland platform plug-ins, the SVG icon engine, Qt's own zh_CN catalogue for standard dialogs, and a
# Secret Service for the keychain.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
# CPack takes the synopsis from CPACK_PACKAGE_DESCRIPTION_SUMMARY and formats these lines as the extended
# description (indents them, turns the empty line into " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "flowlog-console shows every network flow log of every account, provider,
service and region in one table (Alibaba Cloud VPC, CEN and Express Connect
Router; Huawei Cloud Enterprise Router) and creates new ones through forms that
reject what the provider would reject before anything is sent. Secrets live
only in the system keychain.

The package also contains flowlog-cli (the same core for scripts) and
flowlog-sandbox (a local cloud speaking the providers' wire protocols, for
demos and tests).")
include(CPack)
