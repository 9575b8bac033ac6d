using BpjsTk.Data.Participants;

namespace BpjsTk.Data.Tests.Participants;

public sealed class NikHasherTests
{
    [Fact]
    public void The_same_NIK_under_the_same_key_hashes_to_the_same_32_bytes()
    {
        var hasher = new NikHasher(TestKeys.NikHashKey);

        var hash = hasher.Hash("3509011504850001");

        Assert.Equal(NikHasher.HashLength, hash.Length);
        Assert.Equal(hash, new NikHasher(TestKeys.NikHashKey).Hash("3509011504850001"));
        Assert.NotEqual(hash, hasher.Hash("3509011504850002"));
    }

    [Fact]
    public void Another_key_gives_another_hash_so_a_leaked_table_cannot_be_matched_without_the_key()
    {
        var otherKey = TestKeys.NikHashKey.Select(b => (byte)(b ^ 0xFF)).ToArray();

        Assert.NotEqual(new NikHasher(TestKeys.NikHashKey).Hash("3509011504850001"), new NikHasher(otherKey).Hash("3509011504850001"));
    }

    [Fact]
    public void A_short_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => new NikHasher(new byte[8]));
}
