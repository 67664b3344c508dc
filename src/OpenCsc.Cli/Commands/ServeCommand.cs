using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using OpenCsc.Data;
using OpenCsc.Web;
using OpenCsc.Web.Startup;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc serve [--urls URL]`: the web host, as `dotnet run --project src/OpenCsc.Web` starts it.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen (default {OpenCscWeb.DefaultUrl}; the host listens on loopback unless told otherwise).",
        };
        var command = new Command("serve", "Start the web host. An empty database is migrated and seeded with the demo borough first.");
        command.Options.Add(urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = CommonOptions.Database(parse);
            await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
            string[] hostArgs = parse.GetValue(urls) is { Length: > 0 } value ? ["--urls", value] : [];
            await using WebApplication app = OpenCscWeb.Build(hostArgs, settings, DemoSeeding.Register);
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return CliApp.Ok;
        });
        return command;
    }
}
