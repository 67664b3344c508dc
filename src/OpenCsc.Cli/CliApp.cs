using System.CommandLine;
using OpenCsc.Cli.Commands;
using OpenCsc.Data;

namespace OpenCsc.Cli;

/// <summary>The `opencsc` command. Exit codes: 0 ok, 1 failed, 2 bad usage.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    private static readonly AsyncLocal<TextReader?> _input = new();

    /// <summary>Standard input for the commands that read it (a new account's password): the console's unless a run gave another.</summary>
    public static TextReader Input => _input.Value ?? Console.In;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, TextReader? input = null)
    {
        _input.Value = input;
        output ??= Console.Out;
        error ??= Console.Error;
        RootCommand root = Build();
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parse.Errors)
            {
                await error.WriteLineAsync($"opencsc: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'opencsc --help' (or the command with --help) for usage.");
            return BadUsage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (DatabaseSettingException e)
        {
            await error.WriteLineAsync($"opencsc: {e.Message}");
            return BadUsage;
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"opencsc: {e.Message}");
            return BadUsage;
        }
        catch (DatabaseUnavailableException e)
        {
            await error.WriteLineAsync($"opencsc: {e.Message}");
            return Failed;
        }
        catch (OpenCsc.Audit.AuditKeyException e)
        {
            await error.WriteLineAsync($"opencsc: {e.Message}");
            return Failed;
        }
        catch (CommandFailedException e)
        {
            await error.WriteLineAsync($"opencsc: {e.Message}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("opencsc: cancelled.");
            return Failed;
        }
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("OpenCSC: children's social care records, trackers, indicators and statutory returns.");
        root.Options.Add(CommonOptions.Db);
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(IndicatorsCommand.Create());
        root.Subcommands.Add(TrackersCommand.Create());
        root.Subcommands.Add(AccountsCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(DataQualityCommand.Create());
        return root;
    }
}

/// <summary>The command line was understood but a value is wrong (exit 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The command could not do its work (exit 1); the message says why.</summary>
public sealed class CommandFailedException(string message) : Exception(message);
