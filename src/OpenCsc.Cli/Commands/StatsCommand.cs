using System.CommandLine;

namespace OpenCsc.Cli.Commands;

public static class StatsCommand
{
    public static Command Create() => new("stats", "Counts of every entity.");
}
