using OpenCsc.Cli;

namespace OpenCsc.IntegrationTests.Cli;

/// <summary>Runs the `opencsc` command in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await CliApp.RunAsync(args, output, error);
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
