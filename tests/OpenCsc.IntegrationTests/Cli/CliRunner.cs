using OpenCsc.Cli;

namespace OpenCsc.IntegrationTests.Cli;

/// <summary>Runs the `opencsc` command in-process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>
    /// The command line seals and verifies with the published development key, as the contexts the tests open do:
    /// configured as a deployment would be, through Audit__KeyFile in the environment.
    /// </summary>
    static CliRunner()
    {
        DevelopmentKeyFile = Path.Combine(Directory.CreateTempSubdirectory("opencsc-audit-key-").FullName, "development.key");
        File.WriteAllText(DevelopmentKeyFile, OpenCsc.Audit.AuditKey.Development.ToHex() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(DevelopmentKeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Environment.SetEnvironmentVariable("Audit__KeyFile", DevelopmentKeyFile);
    }

    /// <summary>The key file every command run here uses unless the test sets Audit:KeyFile some other way.</summary>
    public static string DevelopmentKeyFile { get; }

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
