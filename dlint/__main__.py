from dlint.cli.main import program

program()
