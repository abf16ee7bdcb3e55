using Annals.Cli;

return CliApp.Run(args, CliConsole.System());
