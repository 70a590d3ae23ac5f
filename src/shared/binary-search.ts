/**
 * The last index in 0…count-1 whose value is at or before `target`, for values ascending by
 * index; 0 when none is (the first region holds everything before it).
 */
export function lastAtOrBefore(count: number, valueAt: (index: number) => number, target: number) {
  let low = 0
  let high = count - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (valueAt(middle) <= target) low = middle
    else high = middle - 1
  }
  return Math.max(low, 0)
}

/** The first index in 0…count-1 where `isPast` holds (it must hold from there on); count when it never does. */
export function firstIndexWhere(count: number, isPast: (index: number) => boolean) {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (isPast(middle)) high = middle
    else low = middle + 1
  }
  return low
}
