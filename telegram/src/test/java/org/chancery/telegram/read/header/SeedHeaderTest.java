package org.chancery.telegram.read.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.read.HeaderParser;
import org.chancery.telegram.read.HeaderSplitter;
import org.chancery.telegram.read.ParsedHeader;
import org.chancery.telegram.read.SplitTelegram;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The team's example cable, read from the shared folder at run time, split and parsed field by field. */
class SeedHeaderTest {

    @Test
    void seedHeaderIsReadFieldByField() throws Exception {
        Path shared = CorpusCsv.sharedFolder().orElse(null);
        Assumptions.assumeTrue(shared != null, "no shared folder");
        String record = Files.readString(shared.resolve("seed/08LONDON2968.txt"), StandardCharsets.UTF_8);
        String telegram = record.split("\n", 6)[5];

        SplitTelegram split = HeaderSplitter.split(telegram);
        assertThat(split.header()).startsWith("VZCZCXRO1840\n").endsWith("MACDILL AFB FL IMMEDIATE");
        assertThat(split.text()).startsWith("C O N F I D E N T I A L SECTION 01 OF 02 LONDON 002968");

        ParsedHeader parsed = HeaderParser.parse(split.header());
        Transmission t = parsed.transmission();
        assertThat(t.transmissionId()).isEqualTo("VZCZCXRO1840");
        assertThat(t.channel()).isEqualTo("XRO");
        assertThat(t.channelSequence()).isEqualTo("1840");
        assertThat(t.precedenceProsigns()).isEqualTo("OO");
        assertThat(t.routingIndicators()).containsExactly("RUEHBI", "RUEHLH", "RUEHPW");
        assertThat(t.originatingStation()).isEqualTo("RUEHLO");
        assertThat(t.stationSerial()).isEqualTo("2968");
        assertThat(t.section()).isEqualTo(1);
        assertThat(t.filingTime()).isEqualTo("3331632");
        assertThat(t.securityWarning()).isEqualTo("ZNY CCCCC ZZH");
        assertThat(t.precedence()).isEqualTo("O");
        assertThat(t.dateTimeGroup()).isEqualTo("281632Z NOV 08");
        assertThat(t.dateTime()).isEqualTo(OffsetDateTime.of(2008, 11, 28, 16, 32, 0, 0, ZoneOffset.UTC));
        assertThat(t.originator()).isEqualTo("AMEMBASSY LONDON");
        assertThat(t.originatorRoute()).isNull();
        assertThat(t.relayRoutes()).isEmpty();
        assertThat(t.actionOffices()).isEmpty();
        assertThat(t.infoOffices()).isEmpty();

        assertThat(parsed.to()).containsExactly(new Addressee("RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "0520"));
        assertThat(parsed.info()).hasSize(11);
        assertThat(parsed.info().get(0)).isEqualTo(new Addressee("RUEHIL", "AMEMBASSY ISLAMABAD", "IMMEDIATE", "0909"));
        assertThat(parsed.info().get(7)).isEqualTo(new Addressee("RUEAIIA", "CIA WASHINGTON DC", "IMMEDIATE", null));
        assertThat(parsed.info().get(10))
                .isEqualTo(new Addressee("RUMICEA", "USCENTCOM INTEL CEN MACDILL AFB FL", "IMMEDIATE", null));
    }
}
