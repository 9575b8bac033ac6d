using System.Net;
using System.Text;
using BpjsTk.Data.Seeding;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Tests.Security;

public sealed class NikPrivacyTests
{
    private const int Checks = 1_000;

    [Fact]
    public async Task A_thousand_checks_leave_no_nik_in_clear_in_the_database_files_logs_or_responses_and_a_thousand_audit_records()
    {
        await using var host = await MembershipHost.StartAsync();
        var key = await host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        var niks = SampleMembers.Participants.Select(p => p.Nik)
            .Concat(Enumerable.Range(0, Checks).Select(i => $"350901{(i % 28) + 1:00}{(i % 12) + 1:00}{80 + (i % 20):00}{i + 1:0000}"))
            .Distinct().Take(Checks).ToArray();
        var responses = new StringBuilder();

        // 900 in batches of 100, then 100 as ten aliased single checks per document.
        for (var start = 0; start < 900; start += 100)
        {
            var applicants = niks[start..(start + 100)].Select((nik, i) => new { nik, purpose = $"IUMK-2026-{start + i:00000}" }).ToArray();
            using var response = await host.SendAsync(key, "query($a: [MembershipApplicantInput!]!) { membershipBatch(applicants: $a) { index membership { status } errors { code message } } }", new { a = applicants });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            responses.Append(await response.Content.ReadAsStringAsync());
        }

        for (var start = 900; start < Checks; start += 10)
        {
            var fields = Enumerable.Range(start, 10).Select(i => $"c{i}: membership(nik: \"{niks[i]}\", purpose: \"IUMK-2026-{i:00000}\") {{ status category }}");
            using var response = await host.SendAsync(key, "{ " + string.Join(' ', fields) + " }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            responses.Append(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(Checks, niks.Length);
        Assert.Equal(Checks, await host.CountAuditsAsync());
        Assert.Contains("\"ACTIVE\"", responses.ToString(), StringComparison.Ordinal);

        var databaseFiles = Directory.GetFiles(host.Folder);
        Assert.Contains(databaseFiles, f => f.EndsWith(".db", StringComparison.Ordinal));
        var stored = databaseFiles.Select(f => (File: Path.GetFileName(f), Bytes: ReadShared(f))).ToList();
        var logs = string.Join('\n', host.Factory.Logs.Entries.Select(e => e.Message + " " + string.Join(' ', e.Values.Values)));
        var answered = responses.ToString();
        var hits = niks.SelectMany(nik => stored.Where(s => Contains(s.Bytes, nik)).Select(s => $"{s.File}")
            .Concat(logs.Contains(nik, StringComparison.Ordinal) ? ["logs"] : [])
            .Concat(answered.Contains(nik, StringComparison.Ordinal) ? ["responses"] : []))
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
