using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Tests.Synthetic;

/// <summary>A SHA-256 over every row and column of a table, read in id order as the provider returns it.</summary>
internal static class TableChecksum
{
    public static async Task<string> OfAsync(DatabaseSettings settings, string table)
    {
        await using var db = settings.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Text(reader, i) + "\u001f"));
            }

            hash.AppendData("\n"u8);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{rows}:{Convert.ToHexString(hash.GetHashAndReset())}");
    }

    private static string Text(DbDataReader reader, int column) => reader.IsDBNull(column)
        ? "<null>"
        : reader.GetValue(column) switch
        {
            byte[] bytes => Convert.ToHexString(bytes),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString() ?? string.Empty,
        };
}
