using System.Data.Common;
using System.Text.Json;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Programs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BpjsTk.Benchmarks.Membership;

/// <summary>
/// The floor a membership check over HTTP is measured against: a minimal ASP.NET endpoint that hashes the NIK, makes
/// the same indexed look-up with ADO.NET and writes the JSON the API answers, with no GraphQL, auth, limit or audit.
/// </summary>
internal static class MembershipFloor
{
    public const string Usage = "membership-floor --provider sqlite|postgres --connection <connection string> --urls <url> --nik-key <base64>";

    private const string Lookup =
        """SELECT "Status", "Category", "Programs", "PaidThrough", "RegisteredOn" FROM "Participants" WHERE "NikHash" = @hash ORDER BY "Status", "RegisteredOn" DESC LIMIT 1""";

    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var (provider, connection, urls, key) = (Value("--provider"), Value("--connection"), Value("--urls"), Value("--nik-key"));
        if (provider is not ("sqlite" or "postgres") || connection is null || urls is null || key is null)
        {
            Console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }

        var hasher = new NikHasher(Convert.FromBase64String(key));
        await using var postgres = provider == "postgres" ? NpgsqlDataSource.Create(connection) : null;
        Func<CancellationToken, ValueTask<DbConnection>> open = postgres is not null
            ? async ct => await postgres.OpenConnectionAsync(ct)
            : async ct =>
            {
                var sqlite = new SqliteConnection(connection);
                await sqlite.OpenAsync(ct);
                return sqlite;
            };

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/check", (HttpContext context) => CheckAsync(context, hasher, open));
        await app.RunAsync();
        return 0;
    }

    private static async Task CheckAsync(HttpContext context, NikHasher hasher, Func<CancellationToken, ValueTask<DbConnection>> open)
    {
        var ct = context.RequestAborted;
        string nik;
        using (var body = await JsonDocument.ParseAsync(context.Request.Body, default, ct))
        {
            nik = body.RootElement.GetProperty("nik").GetString()!;
        }

        await using var connection = await open(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Lookup;
        var hash = command.CreateParameter();
        hash.ParameterName = "hash";
        hash.Value = hasher.Hash(nik);
        command.Parameters.Add(hash);
        await using var reader = await command.ExecuteReaderAsync(ct);

        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteStartObject("membership");
            if (await reader.ReadAsync(ct))
            {
                writer.WriteString("status", reader.GetString(0) == "ACTIVE" ? "ACTIVE" : "INACTIVE");
                writer.WriteString("category", reader.GetString(1));
                writer.WriteStartArray("programs");
                foreach (var program in ((ProgramSet)reader.GetInt32(2)).ToCodes())
                {
                    writer.WriteStringValue(program.ToString());
                }

                writer.WriteEndArray();
                if (reader.IsDBNull(3))
                {
                    writer.WriteNull("paidThrough");
                }
                else
                {
                    var month = reader.GetInt32(3);
                    writer.WriteString("paidThrough", $"{month / 100:0000}-{month % 100:00}");
                }

                writer.WriteString("memberSince", reader.GetFieldValue<DateOnly>(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteString("status", "NOT_FOUND");
                writer.WriteNull("category");
                writer.WriteStartArray("programs");
                writer.WriteEndArray();
                writer.WriteNull("paidThrough");
                writer.WriteNull("memberSince");
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(ct);
    }
}
