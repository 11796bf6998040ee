import { quorumOf } from './meeting.mapper.js';

describe('quorumOf', () => {
  it('is met when every required discipline has someone present', () => {
    expect(
      quorumOf(
        ['radiology', 'surgical_oncology'],
        [{ discipline: 'surgical_oncology' }, { discipline: 'radiology' }, { discipline: null }],
      ),
    ).toEqual({
      met: true,
      required: ['radiology', 'surgical_oncology'],
      missing: [],
    });
  });

  it('names the disciplines still missing', () => {
    expect(
      quorumOf(['radiology', 'radiation_oncology', 'medical_oncology'], [{ discipline: 'radiology' }]),
    ).toMatchObject({
      met: false,
      missing: ['radiation_oncology', 'medical_oncology'],
    });
  });
});
