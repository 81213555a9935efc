// The smileid command-line tool; see Help.swift for what it does.
SystemCall.exit(SmileIDTool.main(arguments: Array(CommandLine.arguments.dropFirst())))
