package org.estatedesk.api;

import java.util.List;
import java.util.function.Function;
import org.estatedesk.shared.Page;

public record PageDto<T>(List<T> items, long total) {
    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.total());
    }
}
