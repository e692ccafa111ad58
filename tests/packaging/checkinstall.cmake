# Installs the build as the package does (prefix /usr, into DESTDIR=INSTALL_DIR)
# and checks that every file a desktop looks for is where it looks, and that
# nothing else (tests, static libraries, build tools) is installed.
#   cmake -D BUILD_DIR=... -D INSTALL_DIR=... -D APP_ID=... -P checkinstall.cmake
file(REMOVE_RECURSE ${INSTALL_DIR})
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${INSTALL_DIR}
        ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${errors}")
endif()

set(expected
    usr/bin/mixscope
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/mime/packages/mixscope.xml
    usr/share/icons/hicolor/scalable/apps/mixscope.svg)
foreach(size 16 32 48 64 128 256)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/mixscope.png)
endforeach()

file(GLOB_RECURSE installed RELATIVE ${INSTALL_DIR} ${INSTALL_DIR}/*)
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    set(missing ${expected})
    list(REMOVE_ITEM missing ${installed})
    set(extra ${installed})
    list(REMOVE_ITEM extra ${expected})
    message(FATAL_ERROR "install layout differs\n  missing: ${missing}\n  unexpected: ${extra}")
endif()

# A PNG's header gives its width: each size's folder holds an image of that size.
foreach(size 16 32 48 64 128 256)
    file(READ ${INSTALL_DIR}/usr/share/icons/hicolor/${size}x${size}/apps/mixscope.png header
        LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 width_hex)
    math(EXPR width "0x${width_hex}")
    if(NOT width EQUAL size)
        message(FATAL_ERROR "the ${size}x${size} icon is ${width} pixels wide")
    endif()
endforeach()
list(LENGTH installed count)
message(STATUS "${count} files installed where expected")
