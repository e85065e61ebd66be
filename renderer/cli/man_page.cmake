# Writes banmian.1 with help2man (cmake -DBANMIAN=... -DHELP2MAN=... -DOUTPUT=... -P man_page.cmake):
# `banmian --help` is the synopsis, and each subcommand's --help a section of its own.
set(sections "")
foreach(command render batch fonts)
  execute_process(COMMAND ${BANMIAN} ${command} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "banmian ${command} --help failed")
  endif()
  string(REPLACE "\\" "\\e" help "${help}")            # roff's escape character
  string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")  # a line may not start a request
  string(TOUPPER ${command} title)
  string(APPEND sections "[BANMIAN ${title}]\n.nf\n${help}.fi\n\n")
endforeach()
get_filename_component(folder ${OUTPUT} DIRECTORY)
file(WRITE ${folder}/banmian-subcommands.h2m "${sections}")
execute_process(
  COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section 1
          --name "render Chinese newspaper pages and bulletins from YAML into PDF"
          --include ${folder}/banmian-subcommands.h2m --output ${OUTPUT} ${BANMIAN}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed for ${BANMIAN}")
endif()
