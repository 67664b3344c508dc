using System.CommandLine;

namespace OpenCsc.Cli.Commands;

public static class ServeCommand
{
    public static Command Create() => new("serve", "Start the web host.");
}
