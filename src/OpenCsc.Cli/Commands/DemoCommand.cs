using System.CommandLine;

namespace OpenCsc.Cli.Commands;

public static class DemoCommand
{
    public static Command Create() => new("demo", "The synthetic demo borough.");
}
