using OpenCsc.Cli;

return await CliApp.RunAsync(args);
