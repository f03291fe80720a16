import AtauCLI

AtauCommand.main()
