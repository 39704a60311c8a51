# Makes the self-contained bundle (cmake -P, run by the lkjip_bundle target):
#   BUNDLE/lkjip                     the launcher (static)
#   BUNDLE/lib/lkjip                 the real program, stripped
#   BUNDLE/lib/*.so*                 every shared library it needs, the C library and the loader
#   BUNDLE/licenses/PACKAGE          the copyright file of each Debian package a library came from
#   BUNDLE/README.md, BUNDLE/LICENSE
# then TARBALL from it. Inputs: BINARY, LAUNCHER, BUNDLE, TARBALL, SOURCE, ON_DEMAND (the
# libraries lkjip opens when first needed, each by its soname's path, separated by commas), STRIP
# (may be empty).
foreach(variable BINARY LAUNCHER BUNDLE TARBALL SOURCE ON_DEMAND)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "make_bundle.cmake: ${variable} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE ${BUNDLE})
file(MAKE_DIRECTORY ${BUNDLE}/lib ${BUNDLE}/licenses)
file(COPY_FILE ${LAUNCHER} ${BUNDLE}/lkjip)
file(COPY_FILE ${BINARY} ${BUNDLE}/lib/lkjip)
if(STRIP)
  execute_process(COMMAND ${STRIP} --strip-unneeded ${BUNDLE}/lib/lkjip ${BUNDLE}/lkjip
                  COMMAND_ERROR_IS_FATAL ANY)
endif()
file(CHMOD ${BUNDLE}/lkjip ${BUNDLE}/lib/lkjip PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
     GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Every library, down to libc.so.6 and the loader: the machine running the bundle needs none.
# With them the libraries lkjip opens when first needed (ON_DEMAND: libxlsxwriter, libzip, by
# their sonames), which no link of the binary names, and what those need.
string(REPLACE "," ";" on_demand "${ON_DEMAND}")
file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${BINARY} LIBRARIES ${on_demand}
     RESOLVED_DEPENDENCIES_VAR libraries UNRESOLVED_DEPENDENCIES_VAR unresolved)
list(APPEND libraries ${on_demand})
if(unresolved)
  message(FATAL_ERROR "make_bundle.cmake: libraries not found: ${unresolved}")
endif()
set(loader_found FALSE)
set(patterns "")
foreach(library ${libraries})
  get_filename_component(name ${library} NAME)  # the soname the program asks for
  file(REAL_PATH ${library} real)
  file(COPY_FILE ${real} ${BUNDLE}/lib/${name})
  if(name STREQUAL "ld-linux-x86-64.so.2")
    set(loader_found TRUE)
  endif()
  get_filename_component(real_name ${real} NAME)
  list(APPEND patterns "*/x86_64-linux-gnu/${real_name}")
endforeach()
if(NOT loader_found)
  file(COPY_FILE /lib64/ld-linux-x86-64.so.2 ${BUNDLE}/lib/ld-linux-x86-64.so.2)
endif()
# The packages the libraries came from (one query: dpkg-query is slow), for their licences.
execute_process(COMMAND dpkg-query --search ${patterns} OUTPUT_VARIABLE owners ERROR_QUIET)
string(REGEX MATCHALL "(^|\n)[^:\n]+" packages "${owners}")
list(TRANSFORM packages STRIP)
list(REMOVE_DUPLICATES packages)
foreach(package ${packages})
  if(EXISTS /usr/share/doc/${package}/copyright)
    file(COPY_FILE /usr/share/doc/${package}/copyright ${BUNDLE}/licenses/${package})
  endif()
endforeach()
file(COPY_FILE ${SOURCE}/LICENSE ${BUNDLE}/LICENSE)
file(COPY_FILE ${SOURCE}/README.md ${BUNDLE}/README.md)

get_filename_component(parent ${BUNDLE} DIRECTORY)
get_filename_component(top ${BUNDLE} NAME)
execute_process(COMMAND ${CMAKE_COMMAND} -E tar czf ${TARBALL} ${top} WORKING_DIRECTORY ${parent}
                COMMAND_ERROR_IS_FATAL ANY)
