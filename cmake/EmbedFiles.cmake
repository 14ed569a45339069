# embed_text_files(TARGET NAME FUNCTION FILES...) compiles text files into the
# binary as a sorted list of {relative name, contents}, so migrations and report
# templates need no install step and cannot drift from the program.
function(embed_text_files target function_name base_dir)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${function_name}.cpp)
  set(files ${ARGN})
  list(SORT files)
  # A CMake list in COMMAND would be split into separate arguments: pass it
  # joined with '|' and split again in the script.
  string(REPLACE ";" "|" joined "${files}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DFUNC=${function_name} -DBASE=${base_dir}
            "-DFILES=${joined}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${function_name}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
