package org.chancery.telegram.read.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.chancery.telegram.read.DateTimeGroups;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeGroupsTest {

    @ParameterizedTest
    @CsvSource({
        "281632Z NOV 08, 2008-11-28T16:32Z",
        "281632Z NOV 2008, 2008-11-28T16:32Z",
        "28 1632Z NOV 08, 2008-11-28T16:32Z",
        "281632Z Nov 08, 2008-11-28T16:32Z",
        "281848Z DEC 66, 1966-12-28T18:48Z",
        "010000Z JAN 50, 1950-01-01T00:00Z",
        "312359Z DEC 49, 2049-12-31T23:59Z",
        "290000Z FEB 08, 2008-02-29T00:00Z"
    })
    void readsDateTimeGroupVariants(String dtg, String expected) {
        assertThat(DateTimeGroups.parse(dtg)).contains(OffsetDateTime.parse(expected));
        assertThat(DateTimeGroups.parse(dtg).orElseThrow().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "281632Z", "291200Z FEB 09", "282460Z NOV 08", "281632Z XYZ 08", "O 281632Z NOV 08"})
    void rejectsWhatIsNotADateTimeGroup(String text) {
        assertThat(DateTimeGroups.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"O 281632Z NOV 08 ZDK, 2, 16", "PAGE 01 291400Z then 301200Z JAN 10, 21, 35"})
    void findsTheFirstReadableDateTimeGroupInALine(String line, int start, int end) {
        DateTimeGroups.Found found = DateTimeGroups.find(line).orElseThrow();

        assertThat(found.start()).isEqualTo(start);
        assertThat(found.end()).isEqualTo(end);
        assertThat(found.written()).isEqualTo(line.substring(start, end));
    }
}
