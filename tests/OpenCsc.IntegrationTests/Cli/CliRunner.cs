using OpenCsc.Cli;

namespace OpenCsc.IntegrationTests.Cli;

/// <summary>Runs the `opencsc` command in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs the command with <paramref name="input"/> as its standard input.</summary>
    public static async Task<Result> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        int exitCode = await CliApp.RunAsync(args, output, error, reader);
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
