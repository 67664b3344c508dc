using System.CommandLine;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc accounts create USERNAME --role ROLE [--worker STAFFNO] [--name NAME]`, the password read from standard
/// input (never an argument, which would sit in the shell's history): local accounts for an installation that is not
/// a demo, starting with its first system administrator.
/// </summary>
public static class AccountsCommand
{
    public static Command Create()
    {
        var userName = new Argument<string>("user-name") { Description = "The name to sign in with." };
        var role = new Option<StaffRole>("--role") { Description = "The account's role: " + string.Join(", ", Enum.GetNames<StaffRole>()), Required = true };
        var worker = new Option<string?>("--worker") { Description = "The staff number of the worker the account belongs to (required for practitioners)." };
        var name = new Option<string?>("--name") { Description = "The name shown on the pages (default: the worker's, else the user name)." };
        var create = new Command("create", "Make a local account; the password is read from standard input.");
        create.Arguments.Add(userName);
        create.Options.Add(role);
        create.Options.Add(worker);
        create.Options.Add(name);
        create.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = CommonOptions.Database(parse);
            await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
            await new DatabaseMigrator(settings).MigrateAsync(cancellationToken: cancellationToken);
            string password = (await CliApp.Input.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') ?? "";
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            db.AuditContext = OpenCsc.Audit.AuditContext.ForSystem("system:cli");
            try
            {
                StaffAccount account = await CreateAccount.RunAsync(
                    db, new CreateAccountCommand(parse.GetValue(userName)!, parse.GetValue(role), password, parse.GetValue(worker), parse.GetValue(name)), cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"Created {account.UserName} ({StaffRoles.Label(account.Role)}).");
                return CliApp.Ok;
            }
            catch (AccountException e)
            {
                throw new CommandFailedException(e.Message);
            }
        });
        var command = new Command("accounts", "Local sign-in accounts.");
        command.Subcommands.Add(create);
        return command;
    }
}
