using System.Text;

namespace BpjsTk.Api.Tests.Security;

public sealed class NikPrivacyTests
{
    [Fact]
    public async Task A_thousand_checks_leave_no_nik_in_clear_in_the_database_files_logs_or_responses_and_a_thousand_audit_records()
    {
        await using var host = await MembershipHost.StartAsync();
        var (niks, responses) = await MembershipScenarios.ThousandChecksAsync(host);

        var databaseFiles = Directory.GetFiles(host.Folder);
        Assert.Contains(databaseFiles, f => f.EndsWith(".db", StringComparison.Ordinal));
        var stored = databaseFiles.Select(f => (File: Path.GetFileName(f), Bytes: ReadShared(f))).ToList();
        var logs = string.Join('\n', host.Factory.Logs.Entries.Select(e => e.Message + " " + string.Join(' ', e.Values.Values)));
        var hits = niks.SelectMany(nik => stored.Where(s => Contains(s.Bytes, nik)).Select(s => $"{s.File}")
            .Concat(logs.Contains(nik, StringComparison.Ordinal) ? ["logs"] : [])
            .Concat(responses.Contains(nik, StringComparison.Ordinal) ? ["responses"] : []))
            .ToList();

        Assert.Empty(hits);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string nik) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(nik)) >= 0 || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(nik)) >= 0;
}
